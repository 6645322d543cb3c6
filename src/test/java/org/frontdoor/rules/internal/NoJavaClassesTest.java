package org.frontdoor.rules.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.frontdoor.rules.ModelFile;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * The second wall: a model that calls Java, compiled without any screen, still cannot reach a Java class in a
 * runtime built by {@link Engines}. The control run, in a runtime built the engine's default way, shows the model
 * really does call the method when the wall is missing.
 */
class NoJavaClassesTest {
    private static final String FEEL_EXTERNAL = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="m" namespace="https://example.org/m">
              <decision id="a" name="A"><variable name="A"/><literalExpression><text>{ f: function(t) external { java: {
                class: "org.frontdoor.rules.internal.Canary", method signature: "sing(java.lang.String)" } }, r: f("la") }.r</text></literalExpression></decision>
            </definitions>""";
    private static final String JAVA_KIND = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="d" name="m" namespace="https://example.org/m">
              <businessKnowledgeModel id="b" name="Sing"><variable name="Sing"/>
                <encapsulatedLogic kind="Java"><formalParameter name="t" typeRef="string"/>
                  <context>
                    <contextEntry><variable name="class"/><literalExpression><text>"org.frontdoor.rules.internal.Canary"</text></literalExpression></contextEntry>
                    <contextEntry><variable name="method signature"/><literalExpression><text>"sing(java.lang.String)"</text></literalExpression></contextEntry>
                  </context>
                </encapsulatedLogic>
              </businessKnowledgeModel>
              <decision id="a" name="A"><variable name="A"/><informationRequirement/><knowledgeRequirement><requiredKnowledge href="#b"/></knowledgeRequirement>
                <literalExpression><text>Sing("la")</text></literalExpression></decision>
            </definitions>""".replace("<informationRequirement/>", "");

    @Test
    void aFeelExternalFunctionFindsNoClass() throws Exception {
        assertThat(callsWithDefaultEngine(FEEL_EXTERNAL)).as("control: the engine's default runtime calls Java").isEqualTo(1);
        assertThat(callsWithEngines(FEEL_EXTERNAL)).as("the service's runtimes").isZero();
    }

    @Test
    void aJavaFunctionDefinitionFindsNoClass() throws Exception {
        assertThat(callsWithDefaultEngine(JAVA_KIND)).as("control: the engine's default runtime calls Java").isEqualTo(1);
        assertThat(callsWithEngines(JAVA_KIND)).as("the service's runtimes").isZero();
    }

    @Test
    void noClassOrResourceIsFound() {
        assertThat(NoJavaClasses.INSTANCE.getResource("java/lang/System.class")).isNull();
        assertThat(NoJavaClasses.INSTANCE.getResources("META-INF/MANIFEST.MF").hasMoreElements()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("java.lang.System", true, NoJavaClasses.INSTANCE))
                .isInstanceOf(ClassNotFoundException.class);
    }

    private static int callsWithEngines(String xml) throws Exception {
        DMNRuntime rt = Engines.build(List.of(new ModelFile("m.dmn", xml.getBytes(UTF_8))), false);
        return evaluate(rt);
    }

    private static int callsWithDefaultEngine(String xml) {
        DMNRuntime rt = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(List.of(ResourceFactory.newByteArrayResource(xml.getBytes(UTF_8)))).getOrElseThrow(e -> new IllegalStateException(e));
        return evaluate(rt);
    }

    private static int evaluate(DMNRuntime rt) {
        int before = Canary.CALLS.get();
        DMNResult r = rt.evaluateAll(rt.getModels().get(0), rt.newContext());
        int calls = Canary.CALLS.get() - before;
        if (calls == 0) {
            assertThat(r.getDecisionResultByName("A").getResult()).isNull();
        } else {
            assertThat(r.getDecisionResultByName("A").getResult()).isEqualTo("sung la");
        }
        return calls;
    }
}
