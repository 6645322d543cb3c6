package org.frontdoor.decision;

import java.util.List;

import org.frontdoor.decision.Assessment.Level;

/**
 * What the tables decide for one child, without the explanation, timescales or consent advice of an
 * {@link Assessment}: the part an impact analysis compares between rule sets.
 *
 * @param pathways primary first, then the additional routes, in the order the Pathways decision gives them
 */
public record Outcome(Level level, List<Route> pathways) {
    public Outcome {
        pathways = List.copyOf(pathways);
    }

    public Route primary() {
        return pathways.get(0);
    }

    /** The non-primary pathways. */
    public List<Route> additionalRoutes() {
        return pathways.subList(1, pathways.size());
    }

    /** @param socialCare whether this pathway makes the contact a referral to children's social care */
    public record Route(String code, String label, boolean primary, boolean socialCare) {
    }
}
