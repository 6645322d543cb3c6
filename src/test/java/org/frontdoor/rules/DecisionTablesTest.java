package org.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The table editor's reading and row changes, on the shipped models: cells in words, FEEL checked, files still DMN with their diagram. */
class DecisionTablesTest {
    private static final String CATALOGUE = "indicator-catalogue.dmn";
    private static final String DECISION = "front-door-decision.dmn";

    private static ModelFile shipped(String name) throws IOException {
        return new ModelFile(name, Files.readAllBytes(Path.of("rules", name)));
    }

    private static RuleSet compile(ModelFile changed) throws IOException {
        ModelFile other = shipped(changed.fileName().equals(CATALOGUE) ? DECISION : CATALOGUE);
        return RuleSet.compileAlone("edited", List.of(changed, other), 0);
    }

    private static DecisionTables.RowValues valuesOf(DecisionTables.Table table, DecisionTables.Row row) {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < table.outputs().size(); i++) {
            outputs.add(row.outputText(i, table.outputs().get(i)));
        }
        return new DecisionTables.RowValues(row.inputs().stream().map(DecisionTables.Cell::feel).toList(), outputs, row.annotations());
    }

    @Test
    void listsEveryDecisionTableOfAModelWithItsHitPolicy() throws IOException {
        List<DecisionTables.TableRef> tables = DecisionTables.tables(shipped(DECISION));
        assertThat(tables).extracting(DecisionTables.TableRef::table)
                .contains("Safeguarding overrides", "Level", "Primary pathway", "Pathway", "Consent", "Referral checks");
        assertThat(tables).filteredOn(t -> t.table().equals("Primary pathway")).singleElement()
                .satisfies(t -> assertThat(t.orderMatters()).isTrue()).satisfies(t -> assertThat(t.hitPolicy()).isEqualTo("FIRST"));
        assertThat(tables).filteredOn(t -> t.table().equals("Additional routes")).singleElement()
                .satisfies(t -> assertThat(t.orderMatters()).isFalse());
    }

    @Test
    void everyCellOfTheShippedTablesReadsWithoutAProblemSoAnyRowCanBeSavedAsItIs() throws IOException {
        int cells = 0;
        int inWords = 0;
        for (String file : List.of(DECISION, CATALOGUE)) {
            ModelFile model = shipped(file);
            for (DecisionTables.TableRef ref : DecisionTables.tables(model)) {
                DecisionTables.Table table = DecisionTables.table(model, ref.table());
                java.util.Set<String> names = org.frontdoor.rules.internal.DmnTables.read(model).names(ref.table());
                for (DecisionTables.Row row : table.rows()) {
                    for (DecisionTables.Cell cell : row.inputs()) {
                        assertThat(org.frontdoor.rules.internal.FeelCells.problems(cell.feel(), org.frontdoor.rules.internal.FeelCells.Kind.TEST, names))
                                .as("%s %s %s", ref.table(), row.ruleId(), cell.feel()).isEmpty();
                        cells++;
                        inWords += cell.words() == null ? 0 : 1;
                    }
                    for (DecisionTables.Cell cell : row.outputs()) {
                        assertThat(org.frontdoor.rules.internal.FeelCells.problems(cell.feel(), org.frontdoor.rules.internal.FeelCells.Kind.VALUE, names))
                                .as("%s %s %s", ref.table(), row.ruleId(), cell.feel()).isEmpty();
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(1000);
        assertThat(inWords).as("input entries with a wording").isEqualTo(cells);
    }

    @Test
    void showsEachInputEntryInWordsWithItsFeel() throws IOException {
        DecisionTables.Table overrides = DecisionTables.table(shipped(DECISION), "Safeguarding overrides");
        DecisionTables.Row first = overrides.row(1);
        assertThat(first.inputs()).extracting(DecisionTables.Cell::feel).containsExactly("true", "-", "list contains(?, \"injury\")", "-");
        assertThat(first.inputs()).extracting(DecisionTables.Cell::words).containsExactly("yes", "any value", "includes injury", "any value");
        DecisionTables.Table domesticAbuse = DecisionTables.table(shipped(DECISION), "Domestic abuse");
        assertThat(domesticAbuse.row(1).inputs().get(1).words()).isEqualTo("14 or more");
        DecisionTables.Table earlyHelp = DecisionTables.table(shipped(DECISION), "Early help needs");
        assertThat(earlyHelp.row(1).inputs().get(5).words()).isEqualTo("anything but early-help");
        DecisionTables.Table catalogue = DecisionTables.table(shipped(CATALOGUE), "Indicator");
        assertThat(catalogue.outputs()).extracting(DecisionTables.Column::words).containsExactly(false, true, true, false, true);
        assertThat(catalogue.row(1).ruleId()).isEqualTo("L1-CD-01");
    }

    @Test
    void changingOneIndicatorsLevelGivesValidDmnWithItsDiagramThatTheEngineRuns() throws IOException {
        ModelFile catalogue = shipped(CATALOGUE);
        DecisionTables.Table table = DecisionTables.table(catalogue, "Indicator");
        DecisionTables.Row row = table.rows().stream().filter(r -> r.ruleId().equals("L2-CD-01")).findFirst().orElseThrow();
        DecisionTables.RowValues values = valuesOf(table, row);
        List<String> outputs = new ArrayList<>(values.outputs());
        outputs.set(0, "3");
        DecisionTables.Edit edit = DecisionTables.changeRow(catalogue, "Indicator", row.number(),
                new DecisionTables.RowValues(values.inputs(), outputs, values.annotations()));

        assertThat(edit.summary()).isEqualTo("Indicator, row " + row.number() + " (L2-CD-01): level from 2 to 3.");
        String xml = new String(edit.file().content(), StandardCharsets.UTF_8);
        assertThat(xml).contains("DMNDI").contains("https://www.omg.org/spec/DMN/20230324/MODEL/");
        RuleSet edited = compile(edit.file());
        assertThat(edited.indicators().get("L2-CD-01").level()).isEqualTo(3);
        assertThat(edited.indicators()).hasSize(RulesFixture.ruleSet().indicators().size());
        assertThat(new RuleSetValidator().validate(List.of(edit.file(), shipped(DECISION))).errors()).isEmpty();
    }

    @Test
    void refusesEveryCellTheEngineCannotReadAtOnceInPlainEnglish() throws IOException {
        ModelFile decision = shipped(DECISION);
        DecisionTables.Table table = DecisionTables.table(decision, "Domestic abuse");
        DecisionTables.RowValues values = valuesOf(table, table.row(1));
        List<String> inputs = new ArrayList<>(values.inputs());
        inputs.set(1, ">= fourteen");
        inputs.set(2, "[1..3");
        List<String> annotations = new ArrayList<>(values.annotations());
        annotations.set(table.annotationIndex(RuleRow.REASON), " ");

        assertThatThrownBy(() -> DecisionTables.changeRow(decision, "Domestic abuse", 1, new DecisionTables.RowValues(inputs, values.outputs(), annotations)))
                .isInstanceOfSatisfying(DecisionTables.Refused.class, e -> assertThat(e.problems())
                        .extracting(DecisionTables.CellProblem::field, DecisionTables.CellProblem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("input-1", "DASH questions answered yes names \u2018fourteen\u2019, which is not a value"
                                        + " this table can use (put words in double quotes, e.g. \"fourteen\")"),
                                org.assertj.core.groups.Tuple.tuple("input-2", "Domestic abuse incidents in last 12 months is not written the way the tables can"
                                        + " read (it stops before it is finished): check that words are in double quotes, lists are separated by commas and"
                                        + " brackets are closed"),
                                org.assertj.core.groups.Tuple.tuple("annotation-" + table.annotationIndex(RuleRow.REASON),
                                        "Reason must not be empty: every row says its reason in plain English")));
    }

    @Test
    void refusesAnExternalFunctionInACell() throws IOException {
        ModelFile decision = shipped(DECISION);
        DecisionTables.Table table = DecisionTables.table(decision, "Level");
        DecisionTables.RowValues values = valuesOf(table, table.row(1));
        List<String> outputs = new ArrayList<>(values.outputs());
        outputs.set(0, "function() external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}}");
        assertThatThrownBy(() -> DecisionTables.changeRow(decision, "Level", 1, new DecisionTables.RowValues(values.inputs(), outputs, values.annotations())))
                .isInstanceOfSatisfying(DecisionTables.Refused.class, e -> assertThat(e.problems().get(0).message()).contains("external function"));
    }

    @Test
    void addsRemovesAndMovesRowsWhereOrderMatters() throws IOException {
        ModelFile decision = shipped(DECISION);
        DecisionTables.Table urgency = DecisionTables.table(decision, "Urgency");
        int rows = urgency.rows().size();
        DecisionTables.RowValues copy = valuesOf(urgency, urgency.row(1));
        List<String> annotations = new ArrayList<>(copy.annotations());
        String newId = DecisionTables.suggestRuleId(urgency, null, 1);
        annotations.set(urgency.annotationIndex(RuleRow.RULE_ID), newId);
        DecisionTables.Edit added = DecisionTables.addRow(decision, "Urgency", 2, new DecisionTables.RowValues(copy.inputs(), copy.outputs(), annotations));
        DecisionTables.Table after = DecisionTables.table(added.file(), "Urgency");
        assertThat(after.rows()).hasSize(rows + 1);
        assertThat(after.row(2).ruleId()).isEqualTo(newId);
        assertThat(added.summary()).isEqualTo("Urgency: row 2 (" + newId + ") added.");

        DecisionTables.Edit moved = DecisionTables.moveRow(added.file(), "Urgency", 2, 1);
        assertThat(DecisionTables.table(moved.file(), "Urgency").row(1).ruleId()).isEqualTo(newId);
        DecisionTables.Edit removed = DecisionTables.removeRow(moved.file(), "Urgency", 1);
        assertThat(DecisionTables.table(removed.file(), "Urgency").rows()).extracting(DecisionTables.Row::ruleId)
                .containsExactlyElementsOf(urgency.rows().stream().map(DecisionTables.Row::ruleId).toList());
        compile(removed.file());

        assertThatThrownBy(() -> DecisionTables.addRow(decision, "Urgency", 1, copy)).isInstanceOfSatisfying(DecisionTables.Refused.class,
                e -> assertThat(e.problems().get(0).message()).contains("already row 1"));
        assertThatThrownBy(() -> DecisionTables.moveRow(decision, "Additional routes", 2, 1)).isInstanceOfSatisfying(DecisionTables.Refused.class,
                e -> assertThat(e.problems().get(0).message()).contains("does not change what it gives (hit policy COLLECT)"));
    }

    @Test
    void suggestsTheNextCodeForALevelAndDomain() throws IOException {
        DecisionTables.Table catalogue = DecisionTables.table(shipped(CATALOGUE), "Indicator");
        long cd3 = catalogue.rows().stream().filter(r -> r.ruleId().startsWith("L3-CD-")).count();
        assertThat(cd3).isPositive();
        String next = DecisionTables.suggestRuleId(catalogue, "L3-CD-", 0);
        assertThat(next).startsWith("L3-CD-");
        assertThat(catalogue.rows()).extracting(DecisionTables.Row::ruleId).doesNotContain(next);
        assertThat(DecisionTables.suggestRuleId(catalogue, "L9-XX-", 0)).isEqualTo("L9-XX-01");
    }
}
