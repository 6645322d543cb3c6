package org.frontdoor.rules;

import java.util.List;

/**
 * A DMN file refused before it reached the engine: too big, not well-formed XML, a DTD, not a DMN model, or a
 * function that would call Java or an external model. The problems are plain English and safe to show.
 */
public class RejectedModel extends RuntimeException {
    private final String fileName;
    private final List<String> problems;

    public RejectedModel(String fileName, List<String> problems) {
        super(fileName + " was refused: " + String.join("; ", problems));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> problems() {
        return problems;
    }
}
