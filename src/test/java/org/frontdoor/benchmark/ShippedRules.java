package org.frontdoor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.frontdoor.rules.ModelFile;

/** The DMN files in {@code rules/}, by name: the rule set the benchmarks compare drafts with. */
final class ShippedRules {
    private ShippedRules() {
    }

    static List<ModelFile> files() throws IOException {
        List<ModelFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                out.add(new ModelFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        return out;
    }
}
