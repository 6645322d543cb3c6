package org.frontdoor.scenarios;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatusCode;

/** The contact a scenario builds up in practitioners' words, and what the front door answered. */
public final class FrontDoorContact {
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode contact = json.createObjectNode();
    private final Answer answer = new Answer();

    /** The front door's last answer. */
    static final class Answer {
        HttpStatusCode status;
        JsonNode body;
        String location;
        String contentType;
    }

    ObjectNode body() {
        return contact;
    }

    Answer answer() {
        return answer;
    }

    FrontDoorContact() {
        contact.putObject("referrer").put("type", "school").put("anonymous", false);
        contact.putArray("children");
    }

    ArrayNode children() {
        return (ArrayNode) contact.get("children");
    }

    ObjectNode addChild() {
        ObjectNode child = children().addObject();
        child.put("ref", "child-" + children().size());
        return child;
    }

    /** Every child of the contact (the scenario's statements about "the child" apply to each). */
    List<ObjectNode> eachChild() {
        List<ObjectNode> out = new ArrayList<>();
        children().forEach(c -> out.add((ObjectNode) c));
        return out;
    }

    ObjectNode object(String field) {
        return contact.has(field) ? (ObjectNode) contact.get(field) : contact.putObject(field);
    }

    ArrayNode array(String field) {
        return contact.has(field) ? (ArrayNode) contact.get(field) : contact.putArray(field);
    }

    /** The recommendation for each child, wherever the answer came from (check or recorded referral). */
    List<JsonNode> recommendations() {
        JsonNode assessment = answer.body.has("recommendation") ? answer.body.get("recommendation") : answer.body;
        List<JsonNode> out = new ArrayList<>();
        assessment.path("children").forEach(out::add);
        if (out.isEmpty()) {
            throw new AssertionError("The front door gave no recommendation: " + answer.status + " " + answer.body);
        }
        return out;
    }

    JsonNode recommendationForAge(int age) {
        JsonNode children = contact.get("children");
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).path("ageYears").asInt(-1) == age) {
                return recommendations().get(i);
            }
        }
        throw new AssertionError("No child aged " + age + " in this contact");
    }
}
