package org.frontdoor.web;

/** A staff page was asked for before the person said who is acting; they are sent to say so, then back. */
class SignInNeeded extends RuntimeException {
    private final String returnTo;

    SignInNeeded(String returnTo) {
        super("who is acting is not known");
        this.returnTo = returnTo;
    }

    String returnTo() {
        return returnTo;
    }
}
