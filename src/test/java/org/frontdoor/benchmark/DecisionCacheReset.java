package org.frontdoor.benchmark;

import java.lang.reflect.Field;

import com.github.benmanes.caffeine.cache.Cache;
import org.frontdoor.rules.RuleSet;

/**
 * Empties a rule set's decision cache. The benchmark reads its pool of contacts round and round; without this
 * the second lap would be answered from a cache that has seen the whole pool, which real traffic never is.
 *
 * <p>{@link RuleSet} offers no way to do this, so it reaches in by reflection ({@code RuleSet.rules} then
 * {@code CompiledRules.memo}) and fails loudly if those fields are renamed. A public "clear cache" on RuleSet
 * (useful to operations too) would make this class unnecessary.
 */
final class DecisionCacheReset {
    private DecisionCacheReset() {
    }

    /** What empties {@code ruleSet}'s cache; does nothing when the rule set was built without one. */
    static Runnable of(RuleSet ruleSet) {
        Object compiled = field(ruleSet, "rules");
        Object memo = field(compiled, "memo");
        if (memo == null) {
            return () -> { };
        }
        Cache<?, ?> cache = (Cache<?, ?>) memo;
        return cache::invalidateAll;
    }

    private static Object field(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the benchmark cannot find " + owner.getClass().getSimpleName() + "." + name
                    + " to empty the decision cache between laps; update DecisionCacheReset", e);
        }
    }
}
