package org.frontdoor.referral;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How the front door finds a child by name, and how it writes a referral's reference. A name is compared without
 * case, accents or extra spaces ("Zoë  O'Brien" finds "zoe o'brien"); the reference is FD-, the year the contact came
 * (in the council's zone), and a six-digit number from the database's shared sequence (FD-2026-000123).
 */
public final class ChildNames {
    private ChildNames() {
    }

    /** The name as searched: lower case, no accents, single spaces; null for no name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static String reference(Instant receivedAt, ZoneId zone, long number) {
        return String.format(Locale.ROOT, "FD-%d-%06d", receivedAt.atZone(zone).getYear(), number);
    }

    /** Whether text looks like a reference (FD-2026-000123), in any case. */
    public static boolean isReference(String text) {
        return text != null && text.strip().toUpperCase(Locale.ROOT).matches("FD-\\d{4}-\\d{6,}");
    }
}
