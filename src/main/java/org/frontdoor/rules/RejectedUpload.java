package org.frontdoor.rules;

import java.util.List;

/** An uploaded archive of DMN files was refused before any model was read; every problem in plain English. */
public class RejectedUpload extends RuntimeException {
    private final List<String> problems;

    public RejectedUpload(List<String> problems) {
        super("The upload was refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
