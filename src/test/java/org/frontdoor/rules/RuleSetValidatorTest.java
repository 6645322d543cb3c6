package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator's report on the shipped rule set and on small hand-made models, each showing one kind of finding. */
class RuleSetValidatorTest {
    private static RuleSetValidator validator;

    @BeforeAll
    static void buildTheValidatorOnce() {
        validator = new RuleSetValidator();
    }

    @Test
    void theShippedRuleSetHasNoErrors() {
        RuleSetValidator fresh = new RuleSetValidator();
        ValidationReport cold = fresh.validate(shipped());
        ValidationReport warm = fresh.validate(shipped());
        fresh.dispose();
        System.out.println("Shipped rules: " + warm.errors().size() + " errors, " + warm.warnings().size() + " warnings; cold "
                + cold.millis() + " ms (a new validator: waits for the engine's validator to be built), warm " + warm.millis() + " ms");
        warm.warnings().forEach(w -> System.out.println("  WARNING [" + w.kind() + "] " + w.message()));
        assertThat(warm.errors()).as("errors on the shipped rules").isEmpty();
        assertThat(warm.publishable()).isTrue();
        assertThat(warm.warnings()).allSatisfy(w -> assertThat(w.message()).isNotBlank());
        assertThat(warm.warnings()).as("every table is checked: by the KIE analyser, else by the service's own analysis")
                .noneMatch(w -> w.kind().equals("not analysed"));
    }

    // ----- the service's own analysis, for tables with list contains, not(...) and null tests -----

    @Test
    void underFirstAGapAndARowThatCanNeverGiveItsAnswerAreFoundInListTests() {
        ValidationReport report = validator.validate(List.of(testModel("coverage.dmn")));
        report.warnings().forEach(w -> System.out.println("  coverage.dmn WARNING [" + w.kind() + "] " + w.message()));
        assertThat(report.warnings()).filteredOn(f -> "Route".equals(f.table()) && f.kind().equals("gap")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("Table 'Route' has a gap"))
                .anySatisfy(f -> assertThat(f.message()).contains("'Concerns' none", "'Age' 10"));
        assertThat(report.warnings()).filteredOn(f -> "Route".equals(f.table()) && f.kind().equals("masked rule")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleIds()).containsExactly("C-02");
                    assertThat(f.message()).contains("row C-02 can never give its answer");
                });
        assertThat(report.warnings()).as("a table whose last row catches every case has no gap")
                .noneMatch(f -> "Covered route".equals(f.table()));
        assertThat(report.warnings()).noneMatch(f -> f.kind().equals("not analysed"));
    }

    @Test
    void underUniqueTwoListTestsMatchingTheSameCaseOverlap() {
        ValidationReport report = validator.validate(List.of(testModel("coverage.dmn")));
        assertThat(report.warnings()).filteredOn(f -> "Unique route".equals(f.table()) && f.kind().equals("overlap")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleIds()).containsExactly("U-01", "U-02");
                    assertThat(f.message()).contains("only \"a\" and \"b\"", "UNIQUE");
                });
        assertThat(report.warnings()).filteredOn(f -> "Unique route".equals(f.table()) && f.kind().equals("gap"))
                .anySatisfy(f -> assertThat(f.message()).contains("'Concerns' none"));
    }

    @Test
    void aCollectTableHasNoGapsOrOverlapsToReport() {
        ValidationReport report = validator.validate(List.of(testModel("coverage.dmn")));
        assertThat(report.warnings()).noneMatch(f -> "Collected".equals(f.table()));
    }

    @Test
    void removingTheLastLevel1RowOfPrimaryPathwayLeavesAGapTheAnalysisFinds() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> {
            int table = xml.indexOf("name=\"Primary pathway\"");
            int end = xml.indexOf("</decisionTable>", table);
            int last = xml.lastIndexOf("<rule ", end);
            return xml.substring(0, last) + xml.substring(xml.indexOf("</rule>", last) + "</rule>".length());
        }));
        assertThat(report.warnings()).filteredOn(f -> "Primary pathway".equals(f.table()) && f.kind().equals("gap")).isNotEmpty()
                .anySatisfy(f -> assertThat(f.message()).contains("'Level of need' 1"));
    }

    @Test
    void anOverlapUnderUniqueIsAnErrorNamingBothRows() {
        ValidationReport report = validator.validate(List.of(testModel("tables.dmn")));
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("overlap")).singleElement().satisfies(f -> {
            assertThat(f.table()).isEqualTo("Band");
            assertThat(f.model()).isEqualTo("tables");
            assertThat(f.ruleIds()).containsExactly("R-03a", "R-03b");
            assertThat(f.message()).contains("Table 'Band'", "R-03a and R-03b", "UNIQUE", "Risk Score [65..70]");
            assertThat(f.engineMessage()).contains("Overlap detected");
        });
    }

    @Test
    void aGapIsAWarningNamingTheTable() {
        ValidationReport report = validator.validate(List.of(testModel("tables.dmn")));
        assertThat(report.warnings()).filteredOn(f -> f.kind().equals("gap") && "Band".equals(f.table())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Table 'Band' has a gap", "Risk Score [40..50)"));
    }

    @Test
    void aMaskedRowUnderPriorityIsAnError() {
        ValidationReport report = validator.validate(List.of(testModel("tables.dmn")));
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("masked rule")).singleElement().satisfies(f -> {
            assertThat(f.table()).isEqualTo("Priority band");
            assertThat(f.ruleIds()).containsExactly("P-02", "P-01");
            assertThat(f.message()).contains("row P-02 can never give its answer", "row P-01", "PRIORITY");
        });
    }

    @Test
    void aSubsumedRowIsAWarning() {
        ValidationReport report = validator.validate(List.of(testModel("tables.dmn")));
        assertThat(report.warnings()).filteredOn(f -> f.kind().equals("subsumption")).singleElement().satisfies(f -> {
            assertThat(f.table()).isEqualTo("Any band");
            assertThat(f.ruleIds()).containsExactly("S-01", "S-02");
            assertThat(f.message()).contains("row S-01 covers every case of row S-02");
        });
    }

    @Test
    void aSchemaErrorNamesItsFileAndTheOtherFilesAreStillChecked() {
        ValidationReport report = validator.validate(List.of(testModel("schema-error.dmn"), testModel("tables.dmn")));
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("schema")).singleElement().satisfies(f -> {
            assertThat(f.model()).isEqualTo("schema-error.dmn");
            assertThat(f.message()).contains("File 'schema-error.dmn' does not follow the DMN schema", "'bogus'");
        });
        assertThat(report.errors()).extracting(Finding::kind).contains("overlap", "masked rule");
    }

    @Test
    void aModelImportingAnotherIsCheckedTogetherWithIt() {
        ValidationReport together = validator.validate(List.of(testModel("importer.dmn"), testModel("tables.dmn")));
        assertThat(together.errors()).filteredOn(f -> "importer".equals(f.model())).isEmpty();
        assertThat(together.errors()).extracting(Finding::kind).contains("overlap");

        ValidationReport alone = validator.validate(List.of(testModel("importer.dmn")));
        assertThat(alone.publishable()).isFalse();
        assertThat(alone.errors()).singleElement().satisfies(f -> {
            assertThat(f.model()).isEqualTo("importer");
            assertThat(f.message()).contains("imports a model as 'tables' with namespace 'https://frontdoor.example.org/dmn/test-tables', "
                    + "which is not in the rule set");
        });
    }

    @Test
    void aFileThatIsNotDmnIsAnErrorNotAnException() {
        ValidationReport report = validator.validate(List.of(new ModelFile("notes.dmn", "just some notes".getBytes(StandardCharsets.UTF_8)),
                new ModelFile("empty.dmn", new byte[0]), new ModelFile("other.dmn", "<html><body/></html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(Finding::model).contains("notes.dmn", "empty.dmn", "other.dmn");
        assertThat(report.errors()).allSatisfy(f -> assertThat(f.kind()).isEqualTo("schema"));
    }

    @Test
    void removingTheLevelDecisionBreaksTheContract() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> xml
                .replace("<decision id=\"_dec_0047\" name=\"Level\">", "<decision id=\"_dec_0047\" name=\"Level of need named\">")
                .replace("<variable id=\"_var_0523\" name=\"Level\"", "<variable id=\"_var_0523\" name=\"Level of need named\"")));
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("contract")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("no decision named 'Level'"));
    }

    @Test
    void renamingAnInputBreaksTheContract() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> xml
                .replace("<inputData id=\"_in_0010\" name=\"gcp2MaxGrade\">", "<inputData id=\"_in_0010\" name=\"gcp2Grade\">")
                .replace("<variable id=\"_var_0199\" name=\"gcp2MaxGrade\"", "<variable id=\"_var_0199\" name=\"gcp2Grade\"")
                .replace("<text>gcp2MaxGrade</text>", "<text>gcp2Grade</text>")));
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("contract")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("no input named 'gcp2MaxGrade'"));
        assertThat(report.warnings()).filteredOn(f -> f.kind().equals("contract")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'gcp2Grade' that the service never sets"));
    }

    @Test
    void changingAnInputTypeBreaksTheContract() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> xml
                .replace("<variable id=\"_var_0199\" name=\"gcp2MaxGrade\" typeRef=\"tGcp2Grade\"", "<variable id=\"_var_0199\" name=\"gcp2MaxGrade\" typeRef=\"string\"")));
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("contract")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("Input 'gcp2MaxGrade'", "the service sends a number"));
    }

    @Test
    void changingWhatTheServiceReadsFromADecisionOrATableBreaksTheContract() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> xml
                .replace("name=\"Pathways\" typeRef=\"tPathways\"", "name=\"Pathways\" typeRef=\"tCodes\"")
                .replace("<output id=\"_oc_1398\" name=\"label\"", "<output id=\"_oc_1398\" name=\"title\"")));
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("contract")).extracting(Finding::message).contains(
                "Each item of decision 'Pathways' must be a context with code, label, primary, timescale, amount, unit, socialCare, partnerAction,"
                        + " partnerWhen, partnerPriority, partnerContact but is declared as 'string'.",
                "Table 'Pathway' has no output column named 'label'; the service reads it for the pages, feedback letters, follow-ups, the work"
                        + " queue and partners' actions.");
    }

    @Test
    void changingAPathwayLabelIsNotAContractMatter() {
        ValidationReport report = validator.validate(shippedWithDecisionModel(xml -> xml
                .replace("<text>&quot;Information, advice and signposting&quot;</text>", "<text>&quot;Advice and signposting at the front door&quot;</text>")));
        assertThat(report.errors()).filteredOn(f -> f.kind().equals("contract")).isEmpty();
        assertThat(report.errors()).isEmpty();
    }

    static List<ModelFile> shipped() {
        return List.of(file(Path.of("rules/indicator-catalogue.dmn")), file(Path.of("rules/front-door-decision.dmn")));
    }

    private static List<ModelFile> shippedWithDecisionModel(UnaryOperator<String> change) {
        ModelFile decision = file(Path.of("rules/front-door-decision.dmn"));
        String xml = new String(decision.content(), StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        assertThat(changed).as("the change applies").isNotEqualTo(xml);
        return List.of(file(Path.of("rules/indicator-catalogue.dmn")), new ModelFile(decision.fileName(), changed.getBytes(StandardCharsets.UTF_8)));
    }

    static ModelFile testModel(String name) {
        return file(Path.of("src/test/resources/validation", name));
    }

    private static ModelFile file(Path path) {
        try {
            return new ModelFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
