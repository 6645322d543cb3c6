package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.frontdoor.rules.DecisionTables;
import org.frontdoor.rules.ModelFile;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DMNElement;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Expression;
import org.kie.dmn.model.api.HitPolicy;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.LiteralExpression;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.RuleAnnotation;
import org.kie.dmn.model.api.UnaryTests;

/**
 * The decision tables of one model file, read and rewritten through the engine's own DMN model and marshaller, so
 * an edited file is DMN of the same version, with its diagram, that the engine reads as it reads any other.
 * Every table is named by its decision or business knowledge model.
 */
public final class DmnTables {
    private final String fileName;
    private final Definitions definitions;

    private DmnTables(String fileName, Definitions definitions) {
        this.fileName = fileName;
        this.definitions = definitions;
    }

    public static DmnTables read(ModelFile file) {
        return new DmnTables(file.fileName(), Engines.read(file.content()));
    }

    public ModelFile write() {
        String xml = DMNMarshallerFactory.newDefaultMarshaller().marshal(definitions);
        return new ModelFile(fileName, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every decision table in the file, in file order: its name and the table. */
    public List<Map.Entry<String, DecisionTable>> tables() {
        List<Map.Entry<String, DecisionTable>> out = new ArrayList<>();
        for (DRGElement e : definitions.getDrgElement()) {
            Expression x = null;
            if (e instanceof Decision d) {
                x = d.getExpression();
            } else if (e instanceof BusinessKnowledgeModel b && b.getEncapsulatedLogic() != null) {
                x = b.getEncapsulatedLogic().getExpression();
            }
            if (x instanceof DecisionTable dt) {
                out.add(Map.entry(e.getName(), dt));
            }
        }
        return out;
    }

    public DecisionTable table(String name) {
        return tables().stream().filter(t -> t.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new DecisionTables.NoSuchTable(fileName + " has no decision table called \u2018" + name + "\u2019"));
    }

    /** The names a cell of this table may use: every input, decision and knowledge model of the file, and a model's parameters. */
    public Set<String> names(String table) {
        Set<String> names = new LinkedHashSet<>();
        for (DRGElement e : definitions.getDrgElement()) {
            names.add(e.getName());
            if (e instanceof BusinessKnowledgeModel b && b.getName().equals(table) && b.getEncapsulatedLogic() != null) {
                b.getEncapsulatedLogic().getFormalParameter().stream().map(InformationItem::getName).forEach(names::add);
            }
        }
        definitions.getImport().forEach(i -> names.add(i.getName()));
        return names;
    }

    /** Whether the order of the rows changes what the table gives (FIRST, RULE ORDER, and PRIORITY ties). */
    public static boolean orderMatters(DecisionTable dt) {
        HitPolicy h = dt.getHitPolicy();
        return h == HitPolicy.FIRST || h == HitPolicy.RULE_ORDER || h == HitPolicy.PRIORITY || h == HitPolicy.OUTPUT_ORDER;
    }

    public static String inputLabel(InputClause c) {
        String label = c.getLabel();
        return label != null && !label.isBlank() ? label.strip() : c.getInputExpression() == null ? "" : c.getInputExpression().getText().strip();
    }

    public static String outputLabel(OutputClause c, String table) {
        String label = c.getLabel() != null && !c.getLabel().isBlank() ? c.getLabel() : c.getName();
        return label == null || label.isBlank() ? table : label.strip();
    }

    /** The declared type of an output column, or of the decision itself for a single unnamed output. */
    public static String outputType(OutputClause c) {
        return c.getTypeRef() == null ? "" : c.getTypeRef().getLocalPart();
    }

    public static String inputType(InputClause c) {
        return c.getInputExpression() == null || c.getInputExpression().getTypeRef() == null ? "" : c.getInputExpression().getTypeRef().getLocalPart();
    }

    // ----- changes -----

    /** Writes one row's cells and annotations (the lists are as long as the table's columns). */
    public void setRow(DecisionTable dt, int index, List<String> inputs, List<String> outputs, List<String> annotations) {
        DecisionRule rule = dt.getRule().get(index);
        fill(dt, rule, inputs, outputs, annotations);
    }

    /** Adds a row at {@code index} (0 = top) with a fresh DMN id. */
    public void addRow(DecisionTable dt, int index, List<String> inputs, List<String> outputs, List<String> annotations) {
        DecisionRule rule = create(dt, "TDecisionRule", DecisionRule.class);
        rule.setId("_rule_" + UUID.randomUUID());
        rule.setParent(dt);
        fill(dt, rule, inputs, outputs, annotations);
        dt.getRule().add(Math.max(0, Math.min(index, dt.getRule().size())), rule);
    }

    public void removeRow(DecisionTable dt, int index) {
        dt.getRule().remove(index);
    }

    public void moveRow(DecisionTable dt, int from, int to) {
        DecisionRule rule = dt.getRule().remove(from);
        dt.getRule().add(Math.max(0, Math.min(to, dt.getRule().size())), rule);
    }

    private void fill(DecisionTable dt, DecisionRule rule, List<String> inputs, List<String> outputs, List<String> annotations) {
        List<UnaryTests> in = rule.getInputEntry();
        for (int i = 0; i < dt.getInput().size(); i++) {
            if (i >= in.size()) {
                UnaryTests t = create(dt, "TUnaryTests", UnaryTests.class);
                t.setId("_ue_" + UUID.randomUUID());
                t.setParent(rule);
                in.add(t);
            }
            in.get(i).setText(inputs.get(i));
        }
        List<LiteralExpression> out = rule.getOutputEntry();
        for (int i = 0; i < dt.getOutput().size(); i++) {
            if (i >= out.size()) {
                LiteralExpression e = create(dt, "TLiteralExpression", LiteralExpression.class);
                e.setId("_oe_" + UUID.randomUUID());
                e.setParent(rule);
                out.add(e);
            }
            out.get(i).setText(outputs.get(i));
        }
        List<RuleAnnotation> notes = rule.getAnnotationEntry();
        for (int i = 0; notes != null && i < dt.getAnnotation().size(); i++) {
            if (i >= notes.size()) {
                RuleAnnotation a = create(dt, "TRuleAnnotation", RuleAnnotation.class);
                a.setParent(rule);
                notes.add(a);
            }
            notes.get(i).setText(i < annotations.size() ? annotations.get(i) : "");
        }
    }

    /** An element of the same DMN version as the table's own (each version has its own model classes). */
    private static <T> T create(DMNModelInstrumentedBase versionOf, String simpleName, Class<T> type) {
        String pkg = versionOf.getClass().getPackageName();
        try {
            return type.cast(Class.forName(pkg + "." + simpleName).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This DMN version has no " + simpleName, e);
        }
    }

    public String fileName() {
        return fileName;
    }

    static String id(DMNElement e) {
        return e.getId();
    }
}
