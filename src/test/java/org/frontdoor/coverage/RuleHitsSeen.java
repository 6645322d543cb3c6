package org.frontdoor.coverage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.frontdoor.rules.RuleHit;
import org.frontdoor.rules.RuleHitObserver;
import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;

/** Remembers every decision-table row that fired in this test JVM (kept outside the Cucumber glue package). */
@TestComponent
public class RuleHitsSeen implements RuleHitObserver {
    private static final Set<String> fired = ConcurrentHashMap.newKeySet();
    private static volatile RuleSetCatalog catalog;

    RuleHitsSeen(@Lazy RuleSetCatalog ruleSets) {
        catalog = ruleSets;
    }

    @Override
    public void observed(String ruleSetVersion, List<RuleHit> hits) {
        hits.forEach(h -> fired.add(key(h.model(), h.table(), h.row())));
    }

    private static String key(String model, String table, int row) {
        return model + "/" + table + "/" + row;
    }

    /** Rows of the active rule set that never fired; null when no Spring context has started. */
    public static List<RuleRow> neverFired() {
        if (catalog == null) {
            return null;
        }
        return catalog.active().rows().stream().filter(r -> !fired.contains(key(r.model(), r.table(), r.number()))).toList();
    }

    public static int rowCount() {
        return catalog == null ? 0 : catalog.active().rows().size();
    }
}
