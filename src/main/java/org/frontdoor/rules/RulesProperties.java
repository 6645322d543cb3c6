package org.frontdoor.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the DMN models live and how the rule set is evaluated.
 *
 * @param directory  folder of .dmn files; when absent the copy packaged in the jar is used
 * @param version    label of the rule set in {@code directory}
 * @param cacheSize  how many distinct child contexts to remember per rule set (0 turns the cache off)
 */
@ConfigurationProperties("frontdoor.rules")
public record RulesProperties(@DefaultValue("rules") String directory,
                              @DefaultValue("1") String version,
                              @DefaultValue("1000") int cacheSize) {
}
