package org.frontdoor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.policy.RuleSetDiff.RowChange;
import org.frontdoor.policy.RuleSetDiff.TableChange;
import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.frontdoor.rules.RulesProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class RuleSetDiffTest {
    private static final String CATALOGUE = "indicator-catalogue.dmn";
    private static final String DECISION = "front-door-decision.dmn";

    private static RuleSet shipped;
    private static RuleSet catalogueDraft;
    private static RuleSet decisionDraft;

    @BeforeAll
    static void compileTheShippedSetAndTwoDrafts() throws IOException {
        RuleSetCatalog catalog = new RuleSetCatalog(new RulesProperties("rules", "1", 0));
        shipped = catalog.active();
        // L2-CD-01 "Occasional unauthorised absence..." goes from level 2 to level 3
        catalogueDraft = catalog.compile("2", files(CATALOGUE, xml -> replaceOnce(xml,
                "(<text>&quot;L2-CD-01&quot;</text>\\s*</inputEntry>\\s*<outputEntry id=\"[^\"]+\">\\s*<text>)2(</text>)",
                "$13$2")));
        decisionDraft = catalog.compile("3", files(DECISION, xml -> {
            String r02 = block(xml, "rule_R_02");
            String added = r02.replace("rule_R_02", "rule_R_99").replaceAll("id=\"(_[a-z]+_\\d+)\"", "id=\"$1_new\"")
                    .replace("<text>R-02</text>", "<text>R-99</text>")
                    .replaceFirst("<text>A child has disclosed abuse\\.[^<]*</text>",
                            "<text>A test route for a child who discloses abuse online.</text>");
            String out = xml.replace(r02, added);                       // R-02 removed, R-99 added in its place
            out = swap(out, "rule_UR_01", "rule_UR_02");               // FIRST: order matters
            return swap(out, "rule_R_03", "rule_R_05a");                // COLLECT: order does not matter
        }));
    }

    @Test
    void theShippedSetComparedWithItselfHasNoDifferences() {
        RuleSetDiff diff = RuleSetDiff.between(shipped, shipped);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.tables()).isEmpty();
        assertThat(diff.summary().text()).isEqualTo("No differences.");
    }

    @Test
    void anIndicatorWhoseLevelChangesIsTheOnlyChangedRowAndSaysWasTwoNowThree() {
        RuleSetDiff diff = RuleSetDiff.between(shipped, catalogueDraft);

        assertThat(diff.tables()).hasSize(1);
        TableChange table = diff.tables().get(0);
        assertThat(table.model()).isEqualTo("indicator-catalogue");
        assertThat(table.added()).isEmpty();
        assertThat(table.removed()).isEmpty();
        assertThat(table.moved()).isEmpty();
        assertThat(table.changed()).hasSize(1);
        RowChange row = table.changed().get(0);
        assertThat(row.ruleId()).isEqualTo("L2-CD-01");
        assertThat(row.reason()).startsWith("Occasional unauthorised absence");
        assertThat(row.changes()).containsExactly("output 'level' was 2, now 3");
        assertThat(diff.summary().rowsChanged()).isEqualTo(1);
        assertThat(diff.summary().text()).isEqualTo("1 table changed: 1 row changed.");
    }

    @Test
    void aRemovedAndAnAddedRuleAreListedWithTheirIdsAndReasons() {
        RuleSetDiff diff = RuleSetDiff.between(shipped, decisionDraft);

        TableChange overrides = table(diff, "Safeguarding overrides");
        assertThat(overrides.removed()).extracting(RowChange::ruleId).containsExactly("R-02");
        assertThat(overrides.removed().get(0).reason()).startsWith("A child has disclosed abuse.");
        assertThat(overrides.added()).extracting(RowChange::ruleId).containsExactly("R-99");
        assertThat(overrides.added().get(0).reason()).isEqualTo("A test route for a child who discloses abuse online.");
        assertThat(overrides.added().get(0).changes())
                .contains("when input 'Concern categories' is `list contains(?, \"abuse-disclosure\")`",
                        "gives output 'minimum level' 4");
        assertThat(overrides.changed()).isEmpty();
        assertThat(overrides.moved()).as("under COLLECT the order does not matter").isEmpty();
    }

    @Test
    void aMoveIsReportedOnlyWhereTheHitPolicyMakesOrderMatter() {
        RuleSetDiff diff = RuleSetDiff.between(shipped, decisionDraft);

        assertThat(diff.tables()).extracting(TableChange::table).hasSize(2);
        TableChange urgency = diff.tables().stream().filter(t -> t.hitPolicy().equals("FIRST")).findFirst().orElseThrow();
        assertThat(urgency.changed()).isEmpty();
        assertThat(urgency.moved()).hasSize(1);
        assertThat(urgency.moved().get(0)).matches("row UR-0[12] moved from (1st to 2nd|2nd to 1st); under FIRST the order decides");
    }

    @Test
    void aChangedReasonAndConditionAreDescribedInWords() throws IOException {
        RuleSet draft = new RuleSetCatalog(new RulesProperties("rules", "1", 0)).compile("4", files(DECISION, xml -> {
            String r01 = block(xml, "rule_R_01");
            return xml.replace(r01, r01.replace("<text>true</text>", "<text>false</text>")
                    .replace("<text>4</text>", "<text>3</text>")
                    .replaceFirst("<text>A bruise, mark[^<]*</text>", "<text>Reworded.</text>"));
        }));

        RowChange r01 = table(RuleSetDiff.between(shipped, draft), "Safeguarding overrides").changed().get(0);

        assertThat(r01.ruleId()).isEqualTo("R-01");
        assertThat(r01.changes()).containsExactly("input 'Non-mobile child' was `true`, now `false`",
                "output 'minimum level' was 4, now 3",
                "Reason changed from \"" + r01.cells().get(2).before() + "\" to \"Reworded.\"");
        assertThat(r01.cells().get(2).before()).startsWith("A bruise, mark or injury");
    }

    @Test
    void theChangeNoticeNamesTheIndicatorBothLevelsAndTheDateInPlainWords() {
        RuleSetDiff diff = RuleSetDiff.between(shipped, catalogueDraft);

        ChangeNotice notice = ChangeNotice.of("1", "2", Instant.parse("2025-09-01T08:00:00Z"),
                "Persistent absence is a stronger early sign of need than we thought.", diff, catalogueDraft);

        assertThat(notice.effectiveFromText()).isEqualTo("Monday 1 September 2025 at 09:00 (UK time)");
        assertThat(notice.title()).contains("1 September 2025");
        assertThat(notice.changes()).containsExactly("Indicator L2-CD-01 'Occasional unauthorised absence, lateness or"
                + " truancy' is now level 3 Intensive (was level 2 Additional).");
        assertThat(notice.summary()).contains("L2-CD-01", "level 3 Intensive", "level 2 Additional",
                "Monday 1 September 2025 at 09:00");
        assertThat(notice.changeNote()).startsWith("Persistent absence");
        assertThat(notice.whatThisMeansForYou()).anyMatch(l -> l.contains("higher level"));
        assertThat(notice.contact()).isNotBlank();
        String text = notice.text();
        assertThat(text).contains("L2-CD-01", "1 September 2025", "What this means for you")
                .doesNotContainIgnoringCase("row").doesNotContain("DMN");
    }

    @Test
    void theChangeNoticeForTheDecisionModelSpeaksOfReasons() {
        ChangeNotice notice = ChangeNotice.of("1", "3", Instant.parse("2025-01-10T12:30:00Z"), null,
                RuleSetDiff.between(shipped, decisionDraft), decisionDraft);

        assertThat(notice.effectiveFromText()).isEqualTo("Friday 10 January 2025 at 12:30 (UK time)");
        assertThat(notice.changes()).anyMatch(c -> c.startsWith("New rule in 'Safeguarding overrides': A test route"))
                .anyMatch(c -> c.startsWith("Removed rule in 'Safeguarding overrides': A child has disclosed abuse."));
        assertThat(notice.text()).doesNotContain("DMN").doesNotContain(" row ");
    }

    @Test
    void noChangesGiveANoticeThatSaysSo() {
        ChangeNotice notice = ChangeNotice.of("1", "1b", Instant.parse("2025-07-01T09:00:00Z"), "",
                RuleSetDiff.between(shipped, shipped), shipped);

        assertThat(notice.changes()).isEmpty();
        assertThat(notice.summary()).startsWith("There is no change");
    }

    @Test
    void theTransparencyRecordNamesTheVersionAndHash() throws Exception {
        TransparencyRecord record = TransparencyRecord.of(shipped, Instant.parse("2025-09-01T08:00:00Z"), "J. Smith");

        assertThat(record.ruleSet().version()).isEqualTo(shipped.version());
        assertThat(record.ruleSet().hash()).isEqualTo(shipped.hash());
        assertThat(record.ruleSet().rules()).isEqualTo(shipped.rows().size());
        assertThat(record.ruleSet().tables()).isGreaterThan(1);
        assertThat(record.ruleSet().indicators()).isEqualTo(100);
        assertThat(record.ruleSet().publishedAtText()).isEqualTo("1 September 2025 at 09:00 (UK time)");
        assertThat(record.ownerAndResponsibility().approvedBy()).isEqualTo("J. Smith");
        assertThat(record.tier1Overview().description()).contains("recommends", "practitioner decides");
        assertThat(record.descriptionAndRationale().algorithmType()).contains("No machine learning");
        assertThat(record.risks()).extracting(TransparencyRecord.Risk::risk)
                .anyMatch(r -> r.startsWith("Over-intervention")).anyMatch(r -> r.startsWith("Bias"));

        String json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(record);
        assertThat(json).contains("\"hash\":\"" + shipped.hash() + "\"", "\"tier1Overview\"");
    }

    @Test
    void theDiffAndNoticeSerialiseAsJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RuleSetDiff diff = RuleSetDiff.between(shipped, catalogueDraft);

        String json = mapper.writeValueAsString(diff);
        String notice = mapper.writeValueAsString(ChangeNotice.of("1", "2", Instant.EPOCH, "", diff, catalogueDraft));

        assertThat(json).contains("\"ruleId\":\"L2-CD-01\"", "\"changes\":[\"output 'level' was 2, now 3\"]",
                "\"summary\":{\"tablesAdded\":0", "\"empty\":false");
        assertThat(notice).contains("\"effectiveFrom\":\"1970-01-01T00:00:00Z\"", "\"whatThisMeansForYou\":[");
    }

    private static TableChange table(RuleSetDiff diff, String name) {
        return diff.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }

    private static List<ModelFile> files(String changed, UnaryOperator<String> edit) throws IOException {
        List<ModelFile> out = new ArrayList<>();
        for (String name : List.of(DECISION, CATALOGUE)) {
            String xml = Files.readString(Path.of("rules", name), StandardCharsets.UTF_8);
            out.add(new ModelFile(name, (name.equals(changed) ? edit.apply(xml) : xml).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String replaceOnce(String xml, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(xml);
        assertThat(m.find()).as(regex).isTrue();
        String out = m.replaceFirst(replacement);
        assertThat(out).isNotEqualTo(xml);
        return out;
    }

    private static String block(String xml, String ruleId) {
        Matcher m = Pattern.compile("(?s) *<rule id=\"" + ruleId + "\">.*?</rule>\\n").matcher(xml);
        assertThat(m.find()).as(ruleId).isTrue();
        return m.group();
    }

    private static String swap(String xml, String first, String second) {
        String a = block(xml, first);
        String b = block(xml, second);
        return xml.replace(a, "\u0000").replace(b, a).replace("\u0000", b);
    }
}
