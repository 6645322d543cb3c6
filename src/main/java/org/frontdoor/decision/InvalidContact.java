package org.frontdoor.decision;

import java.util.List;

/** The contact cannot be assessed as given; every offending field is named. Nothing is stored. */
public class InvalidContact extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidContact(List<FieldProblem> problems) {
        super("invalid contact: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String message) {
    }
}
