package org.frontdoor.web.guidance;

/**
 * One thing the guidance page lists and a search can find: an indicator or a route, by its code, with the words a
 * search looks in (its text, timescales, reason, category: whatever the page shows about it).
 */
public record GuidanceEntry(Kind kind, String code, String text) {
    public enum Kind { INDICATOR, ROUTE }

    String key() {
        return key(kind, code);
    }

    static String key(Kind kind, String code) {
        return kind.name() + ":" + code;
    }
}
