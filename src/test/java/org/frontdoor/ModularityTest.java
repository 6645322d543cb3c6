package org.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries, checked on the source so no extra dependency is needed: only {@code rules} may touch the
 * DMN engine, and a module's {@code internal} package is private to it.
 */
class ModularityTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BASE = SOURCES.resolve("org/frontdoor");
    private static final Path RULES = BASE.resolve("rules");
    private static final Pattern ENGINE = Pattern.compile("\\borg\\.(kie|drools)\\.[\\w.*]+");
    private static final Pattern RULES_INTERNAL = Pattern.compile("\\borg\\.frontdoor\\.rules\\.internal\\b[\\w.*]*");

    private static List<SourceFile> sources;

    record SourceFile(Path path, String code) {
        boolean inRules() {
            return path.startsWith(RULES);
        }

        List<String> references(Pattern pattern) {
            Matcher m = pattern.matcher(code);
            return m.results().map(r -> BASE.relativize(path) + ": " + r.group()).toList();
        }
    }

    @BeforeAll
    static void readTheMainSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().map(ModularityTest::read).toList();
        }
    }

    @Test
    void theScanSeesEveryModuleAndTheEngineInsideRules() {
        assertThat(sources).extracting(s -> BASE.relativize(s.path()).getName(0).toString())
                .contains("FrontDoorApplication.java", "api", "decision", "referral", "rules");
        // proves the pattern matches real imports, so an empty result below means something
        assertThat(sources).filteredOn(SourceFile::inRules).flatExtracting(s -> s.references(ENGINE)).isNotEmpty();
    }

    @Test
    void onlyTheRulesModuleUsesTheDmnEngine() {
        assertThat(sources).filteredOn(s -> !s.inRules()).flatExtracting(s -> s.references(ENGINE)).isEmpty();
    }

    @Test
    void noModuleOutsideRulesReachesIntoRulesInternals() {
        assertThat(sources).filteredOn(s -> !s.inRules()).flatExtracting(s -> s.references(RULES_INTERNAL)).isEmpty();
    }

    @Test
    void theChecksCatchImportsAndFullyQualifiedNamesButNotComments() {
        SourceFile offender = new SourceFile(BASE.resolve("decision/Offender.java"), withoutComments("""
                package org.frontdoor.decision;
                import org.kie.dmn.api.core.DMNRuntime;
                import static org.drools.util.StringUtils.isEmpty;
                /** Mentions org.kie.Foo only in a comment. */
                class Offender { // and org.frontdoor.rules.internal.Hidden here
                    Object model = new org.frontdoor.rules.internal.ModelSource("a", new byte[0]);
                }
                """));

        assertThat(offender.references(ENGINE)).containsExactly(
                "decision/Offender.java: org.kie.dmn.api.core.DMNRuntime", "decision/Offender.java: org.drools.util.StringUtils.isEmpty");
        assertThat(offender.references(RULES_INTERNAL)).containsExactly("decision/Offender.java: org.frontdoor.rules.internal.ModelSource");
    }

    private static SourceFile read(Path path) {
        try {
            return new SourceFile(path, withoutComments(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops comments so that prose mentioning a package is not mistaken for a use of it (string literals are kept). */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(^|[^:\"])//.*$", "$1");
    }
}
