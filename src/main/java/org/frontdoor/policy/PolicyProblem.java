package org.frontdoor.policy;

import java.util.List;

/** Why a step of the policy cycle cannot be taken now; each is our own plain-English sentence. */
public class PolicyProblem extends RuntimeException {
    /** How the API answers: 400 for a bad request, 404 for an unknown version or file, 409 for the wrong state. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    /** One reason, naming the field or header where there is one. */
    public record Reason(String field, String message) {
    }

    private final Kind kind;
    private final List<Reason> reasons;

    PolicyProblem(Kind kind, String detail, List<Reason> reasons) {
        super(detail);
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    static PolicyProblem invalid(String field, String message) {
        return new PolicyProblem(Kind.INVALID, "The request cannot be accepted as given; nothing was changed.", List.of(new Reason(field, message)));
    }

    /**
     * @param what what was looked for, e.g. "rule-set version 7"; not repeated in the answer, which may carry no part
     *             of the address the client sent
     */
    public static PolicyProblem notFound(String what) {
        return new PolicyProblem(Kind.NOT_FOUND, "There is no such rule-set version, file, scenario-gate run or referral.", List.of());
    }

    public static PolicyProblem conflict(String detail, List<String> reasons) {
        return new PolicyProblem(Kind.CONFLICT, detail, reasons.stream().map(r -> new Reason(null, r)).toList());
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
