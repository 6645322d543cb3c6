package org.frontdoor.rules;

import java.util.List;

/** The engine would not compile a draft model; {@code messages} are the engine's own. */
public class ModelDoesNotCompile extends RuntimeException {
    private final List<SandboxResult.Message> messages;

    public ModelDoesNotCompile(List<SandboxResult.Message> messages) {
        super("The model does not compile.");
        this.messages = List.copyOf(messages);
    }

    public List<SandboxResult.Message> messages() {
        return messages;
    }
}
