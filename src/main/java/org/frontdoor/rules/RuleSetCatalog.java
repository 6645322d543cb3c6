package org.frontdoor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.frontdoor.rules.internal.CompiledRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Holds the rule set the front door evaluates with and swaps it atomically when another is published. At start it
 * compiles the models in {@code frontdoor.rules.directory} (or the copy packaged in the jar): the seed of the
 * version history, and what the service runs until the published version is known.
 */
@Service
public class RuleSetCatalog {
    private static final Logger log = LoggerFactory.getLogger(RuleSetCatalog.class);

    private final AtomicReference<RuleSet> active = new AtomicReference<>();
    private final RulesProperties properties;
    private final List<RuleHitObserver> observers;
    private final List<ModelFile> seed;

    public RuleSetCatalog(RulesProperties properties) {
        this(properties, List.of());
    }

    @Autowired
    public RuleSetCatalog(RulesProperties properties, List<RuleHitObserver> observers) {
        this.properties = properties;
        this.observers = List.copyOf(observers);
        this.seed = readSources();
        active.set(load(properties.version(), seed));
    }

    public RuleSet active() {
        return active.get();
    }

    /** The DMN files the service started from (the rules folder, else the packaged copy): version 1's content. */
    public List<ModelFile> seedModels() {
        return seed;
    }

    /** The label the seed models carry until the version history says otherwise. */
    public String seedVersion() {
        return properties.version();
    }

    /**
     * Makes a compiled rule set the one new assessments use. Evaluations already in flight keep the set they took
     * from {@link #active()}, so they finish on the version they started with.
     */
    public void activate(RuleSet ruleSet) {
        RuleSet previous = active.getAndSet(ruleSet);
        if (previous != ruleSet) {
            log.info("Now evaluating with {} (was {})", ruleSet, previous);
        }
    }

    /** Compiles a set of models; throws {@link DecisionNotReached} if they do not compile. */
    public RuleSet compile(String version, List<ModelFile> sources) {
        return new RuleSet(CompiledRules.compile(version, sources, properties.cacheSize()), observers);
    }

    private RuleSet load(String version, List<ModelFile> sources) {
        long start = System.nanoTime();
        RuleSet set = compile(version, sources);
        log.info("Loaded {} from {} models in {} ms", set, sources.size(), (System.nanoTime() - start) / 1_000_000);
        return set;
    }

    /**
     * Another file of the rules folder (or of its packaged copy), such as the acknowledged validation warnings of the
     * first version; null when there is none.
     */
    public byte[] seedFile(String name) {
        try {
            Path dir = Path.of(properties.directory());
            if (Files.isDirectory(dir)) {
                Path file = dir.resolve(name);
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            }
            Resource r = new PathMatchingResourcePatternResolver().getResource("classpath:rules/" + name);
            if (!r.exists()) {
                return null;
            }
            try (InputStream in = r.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from the rules folder", e);
        }
    }

    private List<ModelFile> readSources() {
        Path dir = Path.of(properties.directory());
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<ModelFile> out = new ArrayList<>();
                    for (Path f : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                        out.add(new ModelFile(f.getFileName().toString(), Files.readAllBytes(f)));
                    }
                    return out;
                }
            }
            // packaged copy, for a jar started outside the project folder
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:rules/*.dmn");
            List<ModelFile> out = new ArrayList<>();
            for (Resource r : Stream.of(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = r.getInputStream()) {
                    out.add(new ModelFile(r.getFilename(), in.readAllBytes()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the DMN models", e);
        }
    }
}
