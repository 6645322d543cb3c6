package org.frontdoor.scenarios;

/** A gate run was asked for while another is under way; the gate runs one at a time. */
public class GateBusy extends RuntimeException {
    public GateBusy() {
        super("The scenario gate is already running; try again when it has finished");
    }
}
