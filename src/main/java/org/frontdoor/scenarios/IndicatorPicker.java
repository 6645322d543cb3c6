package org.frontdoor.scenarios;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Picks, for a scenario that is not about one indicator, a typical indicator from the rule set under test (the
 * threshold guidance the instance publishes at {@code /api/guidance/indicators}).
 */
final class IndicatorPicker {
    private IndicatorPicker() {
    }

    /** The first indicator in table order at {@code level} of {@code category} without significant harm. */
    static String pick(ScenarioHttp http, int level, String category) {
        JsonNode catalogue = http.getForEntity("/api/guidance/indicators", JsonNode.class).getBody();
        if (catalogue != null) {
            for (JsonNode i : catalogue.path("indicators")) {
                if (i.path("level").asInt() == level && category.equals(i.path("category").asText()) && !i.path("significantHarm").asBoolean()) {
                    return i.path("code").asText();
                }
            }
        }
        throw new IllegalStateException("The rule set under test has no level " + level + " " + category
                + " indicator short of significant harm; name one by its code instead");
    }
}
