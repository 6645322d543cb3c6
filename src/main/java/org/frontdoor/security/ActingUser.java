package org.frontdoor.security;

/** The person doing something, and the role they act in. */
public record ActingUser(String name, Role role) {

    public enum Role {
        PRACTITIONER("practitioner"), MANAGER("manager"), POLICY_LEAD("policy lead", "policy-lead");

        private final String words;
        private final String word;

        Role(String word) {
            this(word, word);
        }

        Role(String words, String word) {
            this.words = words;
            this.word = word;
        }

        /** How the role is written in a header or a sign-in: practitioner, manager, policy-lead. */
        public String word() {
            return word;
        }

        /** How the role is written in a sentence. */
        public String words() {
            return words;
        }
    }

    /** Refuses the action unless the user acts in this role. */
    public void require(Role needed, String action) {
        if (role != needed) {
            throw new ActionForbidden("Only a " + needed.words() + " can " + action + ".");
        }
    }

    /** An action the acting user may not take: the wrong role, or the same person approving their own decision. */
    public static class ActionForbidden extends RuntimeException {
        public ActionForbidden(String reason) {
            super(reason);
        }
    }

    /** The request does not say who is acting, or in which role (a 400 naming the header). */
    public static class IdentityMissing extends RuntimeException {
        private final String header;
        private final String problem;

        public IdentityMissing(String header, String problem) {
            super(header + " " + problem);
            this.header = header;
            this.problem = problem;
        }

        public String header() {
            return header;
        }

        public String problem() {
            return problem;
        }
    }
}
