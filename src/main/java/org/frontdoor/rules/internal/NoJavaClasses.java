package org.frontdoor.rules.internal;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The class loader every DMN runtime of this service is given as its "root class loader": it finds nothing. The
 * engine resolves the classes a model names - a FEEL {@code function(...) external {java: ...}}, a
 * {@code functionDefinition} of kind Java, a PMML document - through this loader and nowhere else, so a model that
 * got past {@link ModelScreen} still cannot reach a Java class: the engine reports the class as not found and the
 * decision fails. The engine's own classes, FEEL's built-ins among them, are loaded by the application's loader and
 * do not need this one. Its parent is not the bootstrap loader either ({@code null} would mean that, and would let
 * {@code java.lang.System} through), so even the JDK's classes are not found.
 */
public final class NoJavaClasses extends ClassLoader {
    public static final NoJavaClasses INSTANCE = new NoJavaClasses();

    private NoJavaClasses() {
        super("no-java-classes-for-models", null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        throw new ClassNotFoundException(name + " (a DMN model may not use Java classes)");
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name + " (a DMN model may not use Java classes)");
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }

    @Override
    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }
}
