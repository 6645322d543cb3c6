package org.frontdoor.rules;

import java.util.List;

/** A context value cannot be given to the engine as the type its input declares (a date that is not a date). */
public class SandboxInputInvalid extends RuntimeException {
    private final List<InputProblem> problems;

    public SandboxInputInvalid(List<InputProblem> problems) {
        super("The context does not fit the model's inputs.");
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
