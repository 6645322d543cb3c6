package org.frontdoor.rules.internal;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.frontdoor.rules.DecisionNotReached;
import org.frontdoor.rules.Finding;
import org.frontdoor.rules.ModelFile;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.validation.DMNValidator;
import org.kie.internal.io.ResourceFactory;

/**
 * Every check of a draft rule set, in order: each file against the DMN schema (alone, so a schema error names its
 * file and does not stop the others), the semantic rules and decision-table analysis over all readable files
 * together (so imports between them resolve), compilation, the service's own compilation (the catalogue index),
 * and the {@link ServiceContract}. No engine exception leaves this class: one becomes an error finding.
 */
public final class RuleSetChecks {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RuleSetChecks.class);
    private static final String DRAFT = "draft";

    private final Supplier<DMNValidator> validator;

    /** @param validator the (costly, shared) validator; calls to it are serialised here */
    public RuleSetChecks(Supplier<DMNValidator> validator) {
        this.validator = validator;
    }

    public List<Finding> check(List<ModelFile> models) {
        long t0 = System.nanoTime();
        List<Finding> out = new ArrayList<>();
        if (models == null || models.isEmpty()) {
            out.add(new Finding(Finding.ERROR, "upload", null, null, List.of(), "The rule set has no DMN files.", null));
            return out;
        }
        Set<String> names = new HashSet<>();
        List<ModelFile> readable = new ArrayList<>();
        java.util.Map<ModelFile, Definitions> parsed = new java.util.IdentityHashMap<>();
        for (ModelFile file : models) {
            if (!names.add(file.fileName())) {
                out.add(new Finding(Finding.ERROR, "upload", file.fileName(), null, List.of(), "Two files are named '" + file.fileName() + "'.", null));
                continue;
            }
            Definitions definitions = parse(file);
            parsed.put(file, definitions);
            List<Finding> schema = schema(file, definitions == null ? null : definitions.getName());
            out.addAll(schema);
            if (schema.stream().noneMatch(Finding::isError)) {
                readable.add(file);
            }
        }
        if (readable.isEmpty()) {
            return out;
        }
        readable = withImports(readable, parsed, out);
        if (readable.isEmpty()) {
            return dedupe(out);
        }
        Set<String> seenModels = new LinkedHashSet<>();
        for (ModelFile f : readable) {
            String name = parsed.get(f).getName();
            if (name != null && !seenModels.add(name)) {
                out.add(new Finding(Finding.ERROR, "model", name, null, List.of(), "Two files hold a model named '" + name
                        + "'; each model must have its own name.", null));
            }
        }
        long t1 = System.nanoTime();
        out.addAll(semantics(readable));
        long t2 = System.nanoTime();
        List<DMNModel> compiled = compile(readable, out);
        long t3 = System.nanoTime();
        if (compiled != null) {
            ownAnalysis(compiled, out);
            out.addAll(ServiceContract.check(compiled));
            if (out.stream().noneMatch(Finding::isError)) {
                serviceCompile(readable, out);
            }
        }
        long t4 = System.nanoTime();
        log.debug("Rule set checked: schema {} ms, semantics and table analysis {} ms, compilation {} ms, contract and service compilation {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return dedupe(out);
    }

    /**
     * Each table the KIE analyser could not check ("not analysed") is checked by {@link TableCoverage} instead: its
     * findings replace the "not analysed" one, which stays only for a table too large to try every combination.
     */
    private static void ownAnalysis(List<DMNModel> compiled, List<Finding> out) {
        TableCoverage coverage = new TableCoverage();
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (!"not analysed".equals(f.kind()) || f.table() == null) {
                continue;
            }
            for (DMNModel model : compiled) {
                if (f.model() != null && !f.model().equals(model.getName())) {
                    continue;
                }
                org.kie.dmn.model.api.DecisionTable dt = table(model, f.table());
                if (dt == null) {
                    continue;
                }
                List<Finding> found;
                try {
                    found = coverage.analyse(model, f.table(), dt);
                } catch (RuntimeException e) {
                    log.debug("Own analysis of a table stopped", e);
                    found = null;
                }
                if (found != null) {
                    out.remove(i);
                    out.addAll(i, found);
                    i += found.size() - 1;
                } else {
                    out.set(i, new Finding(f.severity(), f.kind(), f.model(), f.table(), f.ruleIds(), "Table '" + f.table()
                            + "' has too many combinations of values to check them all for gaps and overlaps; check its rows by hand.", f.engineMessage()));
                }
                break;
            }
        }
    }

    private static org.kie.dmn.model.api.DecisionTable table(DMNModel model, String name) {
        for (org.kie.dmn.model.api.DRGElement e : model.getDefinitions().getDrgElement()) {
            if (!name.equals(e.getName())) {
                continue;
            }
            org.kie.dmn.model.api.Expression x = null;
            if (e instanceof org.kie.dmn.model.api.Decision d) {
                x = d.getExpression();
            } else if (e instanceof org.kie.dmn.model.api.BusinessKnowledgeModel b && b.getEncapsulatedLogic() != null) {
                x = b.getEncapsulatedLogic().getExpression();
            }
            if (x instanceof org.kie.dmn.model.api.DecisionTable dt) {
                return dt;
            }
        }
        return null;
    }

    private List<Finding> schema(ModelFile file, String modelName) {
        List<Finding> out = new ArrayList<>();
        try {
            List<DMNMessage> messages = validate(v -> v.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA).theseModels(reader(file)));
            messages.forEach(m -> add(out, EngineMessages.translate(m, file.fileName())));
        } catch (RuntimeException e) {
            out.add(notDmn(file, e));
            return out;
        }
        if (out.stream().noneMatch(Finding::isError) && modelName == null) {
            out.add(notDmn(file, null));
        }
        return out;
    }

    private List<Finding> semantics(List<ModelFile> files) {
        List<Finding> out = new ArrayList<>();
        try {
            List<DMNMessage> messages = validate(v -> v.validateUsing(DMNValidator.Validation.VALIDATE_MODEL,
                    DMNValidator.Validation.ANALYZE_DECISION_TABLE).theseModels(files.stream().map(RuleSetChecks::reader).toArray(Reader[]::new)));
            String fallback = files.size() == 1 ? files.get(0).fileName() : null;
            messages.forEach(m -> add(out, EngineMessages.translate(m, fallback)));
        } catch (RuntimeException e) {
            out.add(new Finding(Finding.ERROR, "model", null, null, List.of(), "The models could not be checked: the checker stopped with an "
                    + "internal error. Check that every file is a DMN model saved by a DMN editor.", String.valueOf(e)));
        }
        return out;
    }

    /** Compiles as the runtime does; compile errors become findings. Null when nothing could be compiled. */
    private static List<DMNModel> compile(List<ModelFile> files, List<Finding> out) {
        List<Resource> resources = files.stream().map(f -> {
            Resource r = ResourceFactory.newByteArrayResource(f.content());
            r.setSourcePath(f.fileName());
            return r;
        }).toList();
        try {
            DMNRuntime runtime;
            try {
                runtime = Engines.builder(false).fromResources(resources)
                        .getOrElseThrow(e -> new NotCompiled(String.valueOf(e)));
            } catch (NotCompiled e) {
                out.add(new Finding(Finding.ERROR, "compilation", null, null, List.of(), "The models do not compile: "
                        + EngineMessages.clean(e.getMessage()), e.getMessage()));
                return null;
            }
            for (DMNModel m : runtime.getModels()) {
                for (DMNMessage msg : m.getMessages(DMNMessage.Severity.ERROR)) {
                    Finding f = EngineMessages.translate(msg, m.getName());
                    // the semantic check usually reported the same problem already: say it once
                    boolean known = f != null && out.stream().anyMatch(o -> java.util.Objects.equals(EngineMessages.clean(o.engineMessage()),
                            EngineMessages.clean(f.engineMessage())));
                    if (f != null && !known) {
                        out.add(new Finding(Finding.ERROR, "compilation", m.getName(), f.table(), f.ruleIds(),
                                f.message().replaceFirst("^Model '[^']*'(, '[^']*')?: ", "Model '" + m.getName() + "'$1 does not compile: "), f.engineMessage()));
                    }
                }
            }
            return runtime.getModels();
        } catch (RuntimeException e) {
            out.add(new Finding(Finding.ERROR, "compilation", null, null, List.of(), "The models do not compile (the compiler stopped with an "
                    + "internal error).", String.valueOf(e)));
            return null;
        }
    }

    /** The service's own compilation: also evaluates every catalogue row once, so a row without an entry shows here. */
    private static void serviceCompile(List<ModelFile> files, List<Finding> out) {
        try {
            CompiledRules.compile(DRAFT, files, 0);
        } catch (DecisionNotReached e) {
            e.problems().forEach(p -> out.add(new Finding(Finding.ERROR, "compilation", null, null, List.of(),
                    "The service cannot use this rule set: " + p.replaceFirst("^the ", ""), p)));
        } catch (RuntimeException e) {
            out.add(new Finding(Finding.ERROR, "compilation", null, null, List.of(), "The service cannot use this rule set: evaluating the "
                    + "indicator catalogue failed.", String.valueOf(e)));
        }
    }

    private List<DMNMessage> validate(java.util.function.Function<DMNValidator, List<DMNMessage>> call) {
        DMNValidator v = validator.get();
        synchronized (v) {
            return call.apply(v);
        }
    }

    private static Definitions parse(ModelFile file) {
        try {
            return DMNMarshallerFactory.newDefaultMarshaller().unmarshal(reader(file));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The files whose DMN imports are all in the set (repeatedly, so a file importing a dropped file is dropped too).
     * The engine throws on an import it cannot find instead of reporting it, so this is checked first.
     */
    private static List<ModelFile> withImports(List<ModelFile> files, java.util.Map<ModelFile, Definitions> parsed, List<Finding> out) {
        List<ModelFile> kept = new ArrayList<>(files);
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> namespaces = new HashSet<>();
            kept.forEach(f -> namespaces.add(parsed.get(f).getNamespace()));
            for (ModelFile f : List.copyOf(kept)) {
                Definitions d = parsed.get(f);
                for (org.kie.dmn.model.api.Import i : d.getImport()) {
                    boolean dmn = i.getImportType() == null || i.getImportType().contains("/MODEL/");
                    if (dmn && !namespaces.contains(i.getNamespace())) {
                        out.add(new Finding(Finding.ERROR, "model", d.getName(), null, List.of(), "Model '" + d.getName() + "' imports a model"
                                + (i.getName() == null ? "" : " as '" + i.getName() + "'") + " with namespace '" + i.getNamespace()
                                + "', which is not in the rule set (or could not be read); add that model's file. Model '" + d.getName()
                                + "' was not checked further.", null));
                        kept.remove(f);
                        changed = true;
                        break;
                    }
                }
            }
        }
        return kept;
    }

    private static Finding notDmn(ModelFile file, RuntimeException e) {
        return new Finding(Finding.ERROR, "schema", file.fileName(), null, List.of(), "File '" + file.fileName()
                + "' is not a DMN model that can be read.", e == null ? null : String.valueOf(e));
    }

    private static Reader reader(ModelFile file) {
        return new StringReader(new String(file.content(), StandardCharsets.UTF_8));
    }

    private static final class NotCompiled extends RuntimeException {
        NotCompiled(String message) {
            super(message, null, false, false);
        }
    }

    private static void add(List<Finding> out, Finding f) {
        if (f != null) {
            out.add(f);
        }
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.severity() + "|" + f.kind() + "|" + f.model() + "|" + f.table() + "|" + f.message())) {
                out.add(f);
            }
        }
        return out;
    }
}
