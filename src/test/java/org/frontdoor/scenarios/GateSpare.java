package org.frontdoor.scenarios;

/** Test access to whether the scenario gate's warm spare is ready (package-private in main code). */
public final class GateSpare {
    private GateSpare() {
    }

    public static boolean ready(ScenarioGateWorker gate) {
        return gate.spareReady();
    }
}
