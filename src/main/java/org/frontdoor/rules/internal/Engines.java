package org.frontdoor.rules.internal;

import java.util.List;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder.DMNRuntimeBuilderConfigured;
import org.kie.dmn.model.api.Definitions;
import org.kie.internal.io.ResourceFactory;

/**
 * The one place DMN runtimes are built. Each is given {@link NoJavaClasses} as its root class loader, so no model
 * reaches a Java class whatever the screen let through.
 */
public final class Engines {
    private Engines() {
    }

    /** A builder for runtimes; {@code typeCheck} reports values that do not fit their declared types (DMN's rule). */
    public static DMNRuntimeBuilderConfigured builder(boolean typeCheck) {
        DMNRuntimeBuilder b = DMNRuntimeBuilder.fromDefaults().setRootClassLoader(NoJavaClasses.INSTANCE);
        if (typeCheck) {
            b.setOption(new RuntimeTypeCheckOption(true));
        }
        return b.buildConfiguration();
    }

    /** Resources named by their file names, as the engine's messages then name them. */
    public static List<Resource> resources(List<org.frontdoor.rules.ModelFile> files) {
        return files.stream().map(f -> {
            Resource r = ResourceFactory.newByteArrayResource(f.content());
            r.setSourcePath(f.fileName());
            return r;
        }).toList();
    }

    /** A fresh engine runtime for the models, or the builder's exception. */
    public static DMNRuntime build(List<org.frontdoor.rules.ModelFile> files, boolean typeCheck) throws Exception {
        return builder(typeCheck).fromResources(resources(files)).getOrElseThrow(e -> e);
    }

    /** The model as the engine's own unmarshaller reads it (the same reader that feeds the compiler). */
    public static Definitions read(byte[] xml) {
        try {
            // the reader the runtime builder uses for these resources, so both see the same characters
            return org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory.newDefaultMarshaller()
                    .unmarshal(ResourceFactory.newByteArrayResource(xml).getReader());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
