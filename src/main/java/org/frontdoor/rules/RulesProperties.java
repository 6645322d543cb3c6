package org.frontdoor.rules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the DMN models live and how the rule set is evaluated.
 *
 * @param directory          folder of .dmn files; when absent the copy packaged in the jar is used
 * @param version            label of the rule set in {@code directory}
 * @param cacheSize          how many distinct child contexts to remember per rule set (0 turns the cache off)
 * @param maxModelBytes      largest DMN file accepted from outside (upload, sandbox); the shipped model is ~300 KB
 * @param evaluationTimeout  longest an untrusted model may compile, or evaluate, before the caller gets an answer
 * @param evaluationThreads  threads that run untrusted models, so runaway work cannot take every core
 * @param evaluationQueue    untrusted evaluations that may wait for a thread before further ones are refused
 */
@ConfigurationProperties("frontdoor.rules")
public record RulesProperties(@DefaultValue("rules") String directory,
                              @DefaultValue("1") String version,
                              @DefaultValue("1000") int cacheSize,
                              @DefaultValue("2MB") DataSize maxModelBytes,
                              @DefaultValue("5s") Duration evaluationTimeout,
                              @DefaultValue("2") int evaluationThreads,
                              @DefaultValue("8") int evaluationQueue) {

    @ConstructorBinding
    public RulesProperties {
    }

    /** The rule set's own settings, with the defaults for untrusted models. */
    public RulesProperties(String directory, String version, int cacheSize) {
        this(directory, version, cacheSize, DataSize.ofMegabytes(2), Duration.ofSeconds(5), 2, 8);
    }
}
