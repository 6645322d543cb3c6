package org.frontdoor.rules;

/** One row of the indicator catalogue. */
public record Indicator(String code, int level, String domain, String category, boolean significantHarm,
                        String text, String guidanceRef) {
}
