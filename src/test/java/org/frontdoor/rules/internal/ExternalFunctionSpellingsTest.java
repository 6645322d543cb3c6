package org.frontdoor.rules.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.rules.ModelFile;
import org.frontdoor.rules.RejectedModel;
import org.frontdoor.rules.UntrustedModels;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * A generator of spellings of a FEEL external function - every Unicode space the engine's lexer skips and some it
 * does not, comments hiding quotes, line breaks, XML character references and CDATA - placed everywhere a model holds
 * FEEL: decision logic, contexts nested in contexts, function bodies, decision-table input expressions, input
 * entries, output entries and default outputs, invocation bindings, lists, relations, boxed conditionals and
 * iterators, item-definition constraints. Every one must be refused by the screen. A control run proves the
 * spellings are real: the engine's default runtime, given them without the screen, calls the Java method.
 */
class ExternalFunctionSpellingsTest {
    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    private static final String CALL = "\"org.frontdoor.rules.internal.Canary\", method signature: \"sing(java.lang.String)\"";
    private final UntrustedModels screen = new UntrustedModels(2L * 1024 * 1024);

    /** What stands between "function(t)" and "external", as XML text (so character references are possible). */
    static Map<String, String> separators() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("a space", " ");
        out.put("nothing", "");
        out.put("a tab", "\t");
        out.put("a line break", "\n");
        out.put("CR LF", "\r\n");
        out.put("a form feed (as a character reference)", "&#12;");
        for (int cp : new int[] {0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B}) {
            out.put("U+" + String.format("%04X", cp) + " as a character", new String(Character.toChars(cp)));
            out.put("U+" + String.format("%04X", cp) + " as a reference", "&#x" + Integer.toHexString(cp) + ";");
        }
        out.put("a block comment hiding a quote", "/* \" */");
        out.put("a block comment over lines", "/*\n\"\n*/");
        out.put("a line comment hiding a quote", "// \"\n");
        out.put("comments and non-breaking spaces", "\u00A0/**/\u00A0//x\n\u00A0");
        out.put("an empty block comment", "/**/");
        return out;
    }

    /** The word itself: plain, or with letters written as XML character references. */
    static Map<String, String> externals() {
        return Map.of("external", "external", "&#101;xternal", "&#101;xternal", "ext&#x65;rnal", "ext&#x65;rnal",
                "CDATA around it", "<![CDATA[external]]>");
    }

    static String function(String separator, String external) {
        return "function(t)" + separator + external + " { java: { class: " + CALL.replace("\"", "&quot;") + " } }";
    }

    /** The places a model holds FEEL, each with the function written at %s. */
    static Map<String, String> places() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("decision logic", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><literalExpression><text>{ f: %s, r: f(\"la\") }.r</text></literalExpression></decision>");
        p.put("a context entry", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><context><contextEntry><variable name=\"f\"/><literalExpression><text>%s</text></literalExpression></contextEntry>"
                + "<contextEntry><literalExpression><text>f(\"la\")</text></literalExpression></contextEntry></context></decision>");
        p.put("a context in a context", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><context><contextEntry><variable name=\"c\"/><context><contextEntry><variable name=\"f\"/>"
                + "<literalExpression><text>%s</text></literalExpression></contextEntry></context></contextEntry>"
                + "<contextEntry><literalExpression><text>c.f(\"la\")</text></literalExpression></contextEntry></context></decision>");
        p.put("a business knowledge model's body", "<businessKnowledgeModel id=\"b\" name=\"B\"><variable name=\"B\"/><encapsulatedLogic><formalParameter name=\"x\"/>"
                + "<literalExpression><text>(%s)(x)</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>");
        p.put("a function definition in a context", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><context><contextEntry><variable name=\"g\"/><functionDefinition>"
                + "<formalParameter name=\"x\"/><literalExpression><text>(%s)(x)</text></literalExpression></functionDefinition></contextEntry></context></decision>");
        p.put("a table's input expression", table("<inputExpression><text>%s</text></inputExpression>", "-", "1"));
        p.put("a table's input entry", table("<inputExpression><text>1</text></inputExpression>", "%s", "1"));
        p.put("a table's output entry", table("<inputExpression><text>1</text></inputExpression>", "-", "%s"));
        p.put("a table's default output", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><decisionTable hitPolicy=\"FIRST\"><input id=\"i\"><inputExpression><text>1</text></inputExpression></input>"
                + "<output id=\"o\"><defaultOutputEntry><text>%s</text></defaultOutputEntry></output><rule id=\"r\"><inputEntry><text>2</text></inputEntry>"
                + "<outputEntry><text>1</text></outputEntry></rule></decisionTable></decision>");
        p.put("an invocation binding", "<businessKnowledgeModel id=\"b\" name=\"B\"><variable name=\"B\"/><encapsulatedLogic><formalParameter name=\"x\"/>"
                + "<literalExpression><text>x</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>"
                + "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><knowledgeRequirement><requiredKnowledge href=\"#b\"/></knowledgeRequirement>"
                + "<invocation><literalExpression><text>B</text></literalExpression><binding><parameter name=\"x\"/><literalExpression><text>%s</text></literalExpression></binding></invocation></decision>");
        p.put("a list item", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><list><literalExpression><text>%s</text></literalExpression></list></decision>");
        p.put("a relation cell", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><relation><column name=\"c\"/><row><literalExpression><text>%s</text></literalExpression></row></relation></decision>");
        p.put("a boxed conditional", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><conditional><if><literalExpression><text>true</text></literalExpression></if>"
                + "<then><literalExpression><text>%s</text></literalExpression></then><else><literalExpression><text>1</text></literalExpression></else></conditional></decision>");
        p.put("a boxed iterator", "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><for iteratorVariable=\"i\"><in><literalExpression><text>[1]</text></literalExpression></in>"
                + "<return><literalExpression><text>%s</text></literalExpression></return></for></decision>");
        p.put("an item definition's constraint", "<itemDefinition name=\"T\"><typeRef>string</typeRef><typeConstraint><text>%s</text></typeConstraint></itemDefinition>");
        p.put("an item definition's allowed values", "<itemDefinition name=\"T\"><typeRef>string</typeRef><allowedValues><text>%s</text></allowedValues></itemDefinition>");
        return p;
    }

    private static String table(String input, String inputEntry, String outputEntry) {
        return "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><decisionTable hitPolicy=\"FIRST\"><input id=\"i\">" + input + "</input><output id=\"o\"/>"
                + "<rule id=\"r\"><inputEntry><text>" + inputEntry + "</text></inputEntry><outputEntry><text>" + outputEntry + "</text></outputEntry></rule></decisionTable></decision>";
    }

    static String model(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"" + DMN15 + "\" id=\"d\" name=\"m\" namespace=\"https://example.org/m\">"
                + body + "</definitions>";
    }

    @Test
    void everySpellingInEveryPlaceIsRefused() {
        List<String> passed = new ArrayList<>();
        int tried = 0;
        int asExternal = 0;
        for (Map.Entry<String, String> sep : separators().entrySet()) {
            for (Map.Entry<String, String> ext : externals().entrySet()) {
                for (Map.Entry<String, String> place : places().entrySet()) {
                    String xml = model(place.getValue().replace("%s", function(sep.getValue(), ext.getValue())));
                    tried++;
                    RejectedModel refused = catchThrowableOfType(() -> screen.screen(new ModelFile("m.dmn", xml.getBytes(UTF_8))), RejectedModel.class);
                    if (refused == null) {
                        passed.add(sep.getKey() + " / " + ext.getKey() + " / " + place.getKey());
                    } else if (refused.problems().stream().anyMatch(p -> p.contains("external function"))) {
                        asExternal++;
                    }
                }
            }
        }
        System.out.println("External-function spellings tried: " + tried + ", refused as external functions: " + asExternal
                + ", refused as not well-formed XML: " + (tried - asExternal - passed.size()) + ", passed the screen: " + passed.size());
        assertThat(passed).as("spellings that passed the screen").isEmpty();
        assertThat(tried).isGreaterThan(1000);
        // only the form feed, which XML 1.0 does not allow in text, is refused for another reason
        assertThat(tried - asExternal).isEqualTo(externals().size() * places().size());
    }

    @Test
    void theSpellingsAreRealExternalFunctionsToTheEngine() {
        int live = 0;
        for (Map.Entry<String, String> sep : separators().entrySet()) {
            String xml = model(places().get("decision logic").replace("%s", function(sep.getValue(), "external")));
            DMNRuntime rt;
            try {
                rt = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                        .fromResources(List.of(ResourceFactory.newByteArrayResource(xml.getBytes(UTF_8)))).getOrElseThrow(IllegalStateException::new);
            } catch (RuntimeException notXml) {
                continue;   // the form feed: not XML at all
            }
            int before = Canary.CALLS.get();
            rt.evaluateAll(rt.getModels().get(0), rt.newContext());
            if (Canary.CALLS.get() > before) {
                live++;
            }
        }
        System.out.println("Spellings the unscreened engine called Java with: " + live + " of " + separators().size());
        // U+1680 and U+FEFF (each as a character and as a reference) are not whitespace to this engine version, and
        // the form feed is not XML: those make a syntax error, not a call; every other spelling calls Java
        assertThat(live).as("spellings the unscreened engine really called Java with").isEqualTo(separators().size() - 5);
    }

    @Test
    void legitimateFeelFunctionsAndTheWordOutsideFunctionsPass() {
        String ok = model("<inputData id=\"e\" name=\"external referrer\"><variable name=\"external referrer\" typeRef=\"string\"/></inputData>"
                + "<decision id=\"a\" name=\"A\"><variable name=\"A\"/><informationRequirement><requiredInput href=\"#e\"/></informationRequirement>"
                + "<context><contextEntry><variable name=\"s\"/><literalExpression><text>external referrer + \"function(x) external\"</text></literalExpression></contextEntry>"
                + "<contextEntry><variable name=\"f\"/><literalExpression><text>function(x) x + 1</text></literalExpression></contextEntry>"
                + "<contextEntry><literalExpression><text>f(1)</text></literalExpression></contextEntry></context></decision>");
        assertThat(screen.inspect(new ModelFile("m.dmn", ok.getBytes(UTF_8))).name()).isEqualTo("m");
    }
}
