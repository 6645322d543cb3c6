package org.frontdoor.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.frontdoor.rules.RuleSet;

/**
 * The benchmark's traffic: a fixed pool of generated contacts flattened into one evaluation per child, read in
 * order. Every path is measured on the same list, so their numbers compare.
 *
 * @param contacts how many contacts the pool was generated from
 * @param inputs   one rule-set input map per child, in contact order
 */
public record Workload(int contacts, List<Map<String, Object>> inputs) {
    public static final long SEED = 20261122L;
    public static final int CONTACTS = 20_000;

    public static Workload generate(RuleSet ruleSet, int contacts) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        new RandomContacts(SEED, ruleSet.indicators()).next(contacts).forEach(c -> inputs.addAll(c.children()));
        return new Workload(contacts, List.copyOf(inputs));
    }

    /** Distinct child contexts: the decision cache can only answer a repeat of one of these. */
    public int distinctContexts() {
        return new HashSet<>(inputs).size();
    }

    /**
     * Share of one pass over the pool a cache of {@code cacheSize} would answer when it starts the pass empty.
     * Replays the pool through a Caffeine cache built like the service's (same library, same bound) with its
     * maintenance run in line, so evictions happen where they would single-threaded.
     */
    public double hitRate(int cacheSize) {
        if (cacheSize <= 0) {
            return 0;
        }
        Cache<Map<String, Object>, Boolean> cache = Caffeine.newBuilder().maximumSize(cacheSize)
                .executor(Runnable::run).recordStats().build();
        inputs.forEach(in -> cache.get(in, k -> Boolean.TRUE));
        return cache.stats().hitRate();
    }
}
