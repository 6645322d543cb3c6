package org.frontdoor.referral;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One child's recommendation as stored with the referral: level, pathways (primary first) and the rationale rows,
 * each marked mandatory when its table row says "Mandatory escalation: yes". Which rules are mandatory is read from
 * here, never decided in Java.
 */
record Recommended(String ref, int level, List<String> pathways, List<Rule> rationale) {
    static final String PRIMARY_PATHWAY_TABLE = "Primary pathway";
    static final String LEVEL_TABLE = "Level";

    record Rule(String ruleId, String table, boolean mandatory) {
    }

    boolean citesMandatoryRule() {
        return rationale.stream().anyMatch(Rule::mandatory);
    }

    static List<Recommended> read(ObjectMapper json, String recommendationJson) {
        JsonNode root;
        try {
            root = json.readTree(recommendationJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored recommendation is not readable", e);
        }
        List<Recommended> out = new ArrayList<>();
        for (JsonNode child : root.path("children")) {
            List<String> pathways = new ArrayList<>();
            child.path("pathways").forEach(p -> {
                if (p.path("primary").asBoolean()) {
                    pathways.add(0, p.path("code").asText());
                } else {
                    pathways.add(p.path("code").asText());
                }
            });
            List<Rule> rationale = new ArrayList<>();
            child.path("rationale").forEach(r -> rationale.add(
                    new Rule(r.path("ruleId").asText(), r.path("table").asText(), r.path("mandatory").asBoolean(false))));
            out.add(new Recommended(child.path("ref").asText(), child.path("level").path("value").asInt(),
                    List.copyOf(pathways), List.copyOf(rationale)));
        }
        return out;
    }
}
