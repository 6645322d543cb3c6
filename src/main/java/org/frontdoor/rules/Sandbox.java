package org.frontdoor.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Tries a draft DMN model against one context: screens it ({@link UntrustedModels}), then compiles it on its own and
 * evaluates every decision in an untrusted-model worker process ({@link UntrustedWorkers}) within the time limit.
 * Stores nothing and logs nothing about the context.
 */
@Service
public class Sandbox {
    static final String FILE = "sandbox.dmn";
    private final UntrustedModels screening;
    private final UntrustedWorkers workers;
    private final java.time.Duration limit;

    public Sandbox(UntrustedModels screening, UntrustedWorkers workers, RulesProperties properties) {
        this.screening = screening;
        this.workers = workers;
        this.limit = properties.evaluationTimeout();
    }

    /**
     * @param modelXml the DMN XML of one standalone model
     * @param context  input values as JSON-like Java values (maps, lists, strings, numbers, booleans, null)
     * @throws RejectedModel       the screen refused the model, or it imports another model
     * @throws ModelDoesNotCompile the engine would not compile it
     * @throws SandboxInputInvalid a context value does not have the form its input's type needs
     * @throws EvaluationTimedOut  compiling or evaluating took longer than the limit
     * @throws EvaluationOutOfMemory compiling or evaluating needed more memory than a worker has
     * @throws EvaluationBusy      too many sandbox evaluations are running
     */
    public SandboxResult evaluate(String modelXml, Map<String, ?> context) {
        ModelFile file = new ModelFile(FILE, modelXml.getBytes(StandardCharsets.UTF_8));
        UntrustedModels.Outline outline = screening.inspect(file);
        if (!outline.imports().isEmpty()) {
            throw new RejectedModel(FILE, List.of("imports are not supported in the sandbox: the model imports "
                    + String.join(", ", outline.imports()) + "; paste a standalone model"));
        }
        SandboxResult.Model summary = new SandboxResult.Model(outline.name(), outline.namespace(), outline.dmnVersion());
        return workers.sandbox(file, context, summary, limit);
    }
}
