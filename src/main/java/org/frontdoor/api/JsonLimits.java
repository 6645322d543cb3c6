package org.frontdoor.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on what the JSON reader accepts, so a crafted body cannot make it work hard: nesting 64 deep (a contact
 * is 4 deep), numbers of at most 50 digits, strings of at most 5 million characters (a DMN model in the sandbox is
 * at most 2 MB). Anything beyond is a 400 problem, like any other unreadable body. A field given twice in one object
 * is refused too (by default the reader would keep the last silently, so what a log or a proxy saw and what was stored
 * could differ).
 */
@Configuration
class JsonLimits {
    static final int MAX_DEPTH = 64;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer readLimits() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(50).maxStringLength(5_000_000).build()));
    }
}
