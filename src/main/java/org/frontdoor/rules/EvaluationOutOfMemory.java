package org.frontdoor.rules;

/** An untrusted model used more memory than its worker is allowed, so the worker was ended. */
public class EvaluationOutOfMemory extends RuntimeException {
    public EvaluationOutOfMemory(String heap) {
        super("The model needed more than the " + heap.toUpperCase(java.util.Locale.ROOT).replace("M", " MB").replace("G", " GB")
                + " of memory an untrusted model may use, so it was stopped.");
    }
}
