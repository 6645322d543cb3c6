package org.frontdoor.policy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a policy lead may upload, and how often each instance looks for a newly published version.
 *
 * @param maxFiles        DMN files in one zip
 * @param maxFileBytes    size of one DMN file (the shipped decision model is about 300 KB)
 * @param maxTotalBytes   size of a whole zip once unpacked
 * @param refreshInterval how often the version in force is checked (publications from a date, other instances)
 * @param draftTimeout    longest a validation, scenario-gate run or impact analysis of a draft may take
 */
@ConfigurationProperties("frontdoor.policy")
public record PolicyProperties(@DefaultValue("20") int maxFiles, @DefaultValue("2000000") long maxFileBytes,
                               @DefaultValue("10000000") long maxTotalBytes, @DefaultValue("PT2S") Duration refreshInterval,
                               @DefaultValue("PT3M") Duration draftTimeout) {
}
