package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PathwayRowsTest {
    private static final String DECISION = "front-door-decision.dmn";

    @Test
    void everyPathwayTellsAPartnerWhatToDoHowFastAndWhomToContact() throws IOException {
        PathwayRows rows = new PathwayRows(RulesFixture.ruleSet());
        assertThat(rows.missingColumns()).isEmpty();
        assertThat(rows.pathways()).hasSizeGreaterThan(20);
        Properties words = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (PathwayRows.Row p : rows.rows()) {
            assertThat(p.partnerAction()).as(p.code()).isNotBlank().doesNotContain("(local example)", "(local)", "[");
            assertThat(p.partnerWhen()).as(p.code()).isNotBlank();
            assertThat(p.partnerPriority()).as(p.code()).isBetween(0, 9);
            assertThat(words.getProperty("partner.contact." + p.partnerContact())).as("words for contact " + p.partnerContact() + " of " + p.code())
                    .isNotBlank();
            assertThat(p.timescale()).as(p.code()).doesNotContain("(local");
        }
        assertThat(rows.pathway("P11").orElseThrow().partnerAction()).contains("LADO").contains("within 1 working day");
        assertThat(rows.pathway("P11").orElseThrow().partnerContact()).isEqualTo("lado");
        assertThat(rows.pathway("P10").orElseThrow().partnerAction()).contains("report it to the police");
        assertThat(rows.pathway("P6").orElseThrow().partnerPriority()).isZero();
        assertThat(rows.pathway("P2").orElseThrow().partnerAction()).contains("No request form is needed").doesNotContain("send a request");
    }

    @Test
    void columnsAreReadByNameSoAnEditorMayReorderThem() throws IOException {
        String xml = Files.readString(Path.of("rules", DECISION), StandardCharsets.UTF_8);
        int from = xml.indexOf("name=\"Pathway\"");
        int to = xml.indexOf("</businessKnowledgeModel>", from);
        String bkm = xml.substring(from, to);
        // the label and timescale columns swap places, header and every row
        String label = "<output id=\"_oc_1398\" name=\"label\" typeRef=\"string\"/>";
        String timescale = "<output id=\"_oc_1399\" name=\"timescale\" typeRef=\"string\"/>";
        assertThat(bkm).contains(label, timescale);
        String swapped = bkm.replace(label, "@@L@@").replace(timescale, label).replace("@@L@@", timescale);
        Matcher rule = Pattern.compile("(?s)(<rule id=\"[^\"]+\">.*?)(<outputEntry id=\"[^\"]+\">\\s*<text>[^<]*</text>\\s*</outputEntry>\\s*)"
                + "(<outputEntry id=\"[^\"]+\">\\s*<text>[^<]*</text>\\s*</outputEntry>\\s*)").matcher(swapped);
        StringBuilder out = new StringBuilder();
        while (rule.find()) {
            rule.appendReplacement(out, Matcher.quoteReplacement(rule.group(1) + rule.group(3) + rule.group(2)));
        }
        rule.appendTail(out);
        List<ModelFile> files = new ArrayList<>();
        files.add(new ModelFile(DECISION, (xml.substring(0, from) + out + xml.substring(to)).getBytes(StandardCharsets.UTF_8)));
        files.add(new ModelFile("indicator-catalogue.dmn", Files.readAllBytes(Path.of("rules", "indicator-catalogue.dmn"))));
        RuleSet reordered = new RuleSetCatalog(new RulesProperties("rules", "1", 0)).compile("reordered", files);
        assertThat(reordered.outputLabels("front-door-decision", PathwayRows.TABLE).subList(0, 2)).containsExactly("timescale", "label");

        PathwayRows rows = new PathwayRows(reordered);
        assertThat(rows.pathway("P11").orElseThrow().label()).isEqualTo("Local authority designated officer (LADO)");
        assertThat(rows.pathway("P11").orElseThrow().timescale()).isEqualTo("Inform the LADO within 1 working day");
        assertThat(rows.pathways()).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(new PathwayRows(RulesFixture.ruleSet()).pathways());
    }
}
