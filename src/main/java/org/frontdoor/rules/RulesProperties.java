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
 * @param evaluationTimeout  longest an untrusted model may take in its worker (the sandbox) before the worker is killed
 * @param workers            untrusted-model worker processes that may run at once (the sandbox, draft validation)
 * @param evaluationQueue    untrusted calls that may wait for a worker before further ones are refused
 * @param workerHeap         the heap of each worker process (a JVM size: 256m); a model needing more ends its worker
 * @param workerStartLimit   longest a worker may take to start (JVM, engine and validator) before the call fails
 */
@ConfigurationProperties("frontdoor.rules")
public record RulesProperties(@DefaultValue("rules") String directory,
                              @DefaultValue("1") String version,
                              @DefaultValue("1000") int cacheSize,
                              @DefaultValue("2MB") DataSize maxModelBytes,
                              @DefaultValue("5s") Duration evaluationTimeout,
                              @DefaultValue("2") int workers,
                              @DefaultValue("8") int evaluationQueue,
                              @DefaultValue("256m") String workerHeap,
                              @DefaultValue("60s") Duration workerStartLimit) {

    @ConstructorBinding
    public RulesProperties {
    }

    /** The rule set's own settings, with the defaults for untrusted models. */
    public RulesProperties(String directory, String version, int cacheSize) {
        this(directory, version, cacheSize, DataSize.ofMegabytes(2), Duration.ofSeconds(5), 2, 8, "256m", Duration.ofSeconds(60));
    }
}
