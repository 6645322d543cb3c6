package org.frontdoor.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in person doing something, and the roles they hold. */
public record ActingUser(String name, Set<Role> roles) {

    public ActingUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public ActingUser(String name, Role role) {
        this(name, Set.of(role));
    }

    public enum Role {
        PRACTITIONER("practitioner"), MANAGER("manager"), POLICY_LEAD("policy lead", "policy-lead"), AUDITOR("auditor");

        private final String words;
        private final String word;

        Role(String word) {
            this(word, word);
        }

        Role(String words, String word) {
            this.words = words;
            this.word = word;
        }

        /** How the role is written in the database, a token's claim or a sign-in: practitioner, manager, policy-lead, auditor. */
        public String word() {
            return word;
        }

        /** How the role is written in a sentence. */
        public String words() {
            return words;
        }

        /** The Spring Security authority for the role, e.g. ROLE_POLICY_LEAD. */
        public String authority() {
            return "ROLE_" + name();
        }

        public static Optional<Role> fromWord(String word) {
            return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst();
        }

        public static Optional<Role> fromAuthority(String authority) {
            return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
        }

        public static Set<Role> fromAuthorities(Collection<String> authorities) {
            return authorities.stream().map(Role::fromAuthority).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses the action unless the user holds this role (the endpoint rules refuse first; this is the second line). */
    public void require(Role needed, String action) {
        if (!has(needed)) {
            throw new ActionForbidden("Only a " + needed.words() + " can " + action + ".");
        }
    }

    /** The roles as words, for pages: "practitioner and manager". */
    public String roleWords() {
        var words = roles.stream().sorted().map(Role::words).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** An action the acting user may not take: the wrong role, or the same person approving their own decision. */
    public static class ActionForbidden extends RuntimeException {
        public ActionForbidden(String reason) {
            super(reason);
        }
    }
}
