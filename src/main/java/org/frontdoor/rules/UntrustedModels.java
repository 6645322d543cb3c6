package org.frontdoor.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Screens a DMN file from outside (an upload, a sandbox draft, a model saved by the editor) before any of it reaches
 * the engine.
 *
 * <p>First the XML, with the JDK's StAX parser with DTD support and external entities switched off and external
 * DTD/schema access forbidden; the screen stops at the first DOCTYPE, so XXE and entity-expansion ("billion laughs")
 * payloads are refused without being expanded. The root must be a DMN 1.1-1.6 {@code definitions} element. Then the
 * model as the engine's own reader makes of it ({@link org.frontdoor.rules.internal.ModelScreen}): every FEEL text is
 * read with the engine's FEEL lexer and parser, so a function that would call Java or an external model (a FEEL
 * {@code function(x) external {java: ...}}, a {@code functionDefinition} of kind Java or PMML, a PMML import) and a
 * literal iteration too large for memory are refused however they are spelt - whitespace, comments, quoting, line
 * breaks, nesting. It says nothing about whether the model compiles: the engine does. Whatever passes still runs
 * with no Java classes reachable ({@link org.frontdoor.rules.internal.NoJavaClasses}), and the sandbox's and draft
 * validation's models run in a separate process ({@link UntrustedWorkers}).
 */
@Service
public final class UntrustedModels {
    /** DMN model namespaces the engine reads, by version. */
    public static final Map<String, String> DMN_NAMESPACES = Map.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd", "1.1",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "1.2",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "1.3",
            "https://www.omg.org/spec/DMN/20211108/MODEL/", "1.4",
            "https://www.omg.org/spec/DMN/20230324/MODEL/", "1.5",
            "https://www.omg.org/spec/DMN/20240513/MODEL/", "1.6");
    static final String NO_DTD = "DTDs and entity declarations are not allowed";
    /** See {@link FeelScreen#MAX_LITERAL_ITERATION}. */
    static final long MAX_LITERAL_ITERATION = org.frontdoor.rules.internal.FeelScreen.MAX_LITERAL_ITERATION;

    private final long maxBytes;

    /** What the screen learnt about an accepted model. */
    public record Outline(String name, String namespace, String dmnVersion, List<String> imports) {
    }

    @Autowired
    public UntrustedModels(RulesProperties properties) {
        this(properties.maxModelBytes().toBytes());
    }

    public UntrustedModels(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Throws {@link RejectedModel} naming every problem found if the file must not reach the engine. */
    public void screen(ModelFile model) {
        inspect(model);
    }

    /** {@link #screen}s the file and returns its name, namespace, DMN version and imported namespaces. */
    public Outline inspect(ModelFile model) {
        String file = model.fileName() == null ? "the model" : model.fileName();
        byte[] content = model.content() == null ? new byte[0] : model.content();
        if (content.length == 0) {
            throw new RejectedModel(file, List.of("the file is empty"));
        }
        if (content.length > maxBytes) {
            throw new RejectedModel(file, List.of("the file is " + size(content.length) + "; the limit is " + size(maxBytes)));
        }
        List<String> problems = new ArrayList<>();
        Outline outline = null;
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            int depth = 0;
            String dmn = null;
            List<String> imports = new ArrayList<>();
            java.util.Deque<String> owners = new java.util.ArrayDeque<>();   // nearest named element, per depth
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE -> {
                        // stop here: nothing of a DTD is read, let alone expanded
                        throw new RejectedModel(file, List.of(NO_DTD));
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String ns = xml.getNamespaceURI();
                        String local = xml.getLocalName();
                        String own = describe(xml);
                        owners.push(own != null ? own : owners.isEmpty() ? "" : owners.peek());
                        if (depth == 1) {
                            if (!"definitions".equals(local) || ns == null || !DMN_NAMESPACES.containsKey(ns)) {
                                throw new RejectedModel(file, List.of("the root element is " + qualified(ns, local)
                                        + ", not a DMN definitions element (DMN 1.1 to 1.5: " + String.join(", ", namespaces()) + ")"));
                            }
                            dmn = ns;
                            outline = new Outline(attribute(xml, "name"), attribute(xml, "namespace"), DMN_NAMESPACES.get(ns), imports);
                        } else if (dmn.equals(ns)) {
                            if (depth == 2 && "import".equals(local)) {
                                imports.add(String.valueOf(attribute(xml, "namespace")));
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        owners.pop();
                        depth--;
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new RejectedModel(file, List.of("the file is not well-formed XML" + where(e.getLocation())));
        } catch (RuntimeException e) {
            if (e instanceof RejectedModel) {
                throw e;
            }
            // the parser reports some errors (an undeclared entity, a limit) unchecked
            throw new RejectedModel(file, List.of("the file is not well-formed XML"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        if (outline == null) {
            throw new RejectedModel(file, List.of("the file has no root element"));
        }
        problems.addAll(engineReading(content));
        if (!problems.isEmpty()) {
            throw new RejectedModel(file, problems);
        }
        return new Outline(outline.name(), outline.namespace(), outline.dmnVersion(), List.copyOf(outline.imports()));
    }

    /**
     * What the engine's own reader makes of the file, judged by {@link ModelScreen}: Java and PMML functions and
     * imports, external FEEL functions and huge literal iterations, however they are spelt.
     */
    private static List<String> engineReading(byte[] content) {
        org.kie.dmn.model.api.Definitions definitions;
        try {
            definitions = org.frontdoor.rules.internal.Engines.read(content);
        } catch (RuntimeException e) {
            return List.of("the engine could not read the file as a DMN model");
        }
        if (definitions == null) {
            return List.of("the engine could not read the file as a DMN model");
        }
        return org.frontdoor.rules.internal.ModelScreen.problems(definitions);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException(NO_DTD);
        });
        return f;
    }

    /** "'name' (id x)" of the element, or null if it has neither. */
    private static String describe(XMLStreamReader xml) {
        String name = attribute(xml, "name");
        String id = attribute(xml, "id");
        if (name == null && id == null) {
            return null;
        }
        return name == null ? "(id " + id + ")" : id == null ? "'" + name + "'" : "'" + name + "' (id " + id + ")";
    }

    private static String describe(XMLStreamReader xml, String local, java.util.Deque<String> owners) {
        String own = describe(xml);
        if (own != null) {
            return "the " + local + " " + own;
        }
        java.util.Iterator<String> up = owners.iterator();
        up.next();   // this element
        String owner = up.hasNext() ? up.next() : "";
        return "the " + local + (owner.isEmpty() ? "" : " of " + owner) + " at line " + xml.getLocation().getLineNumber();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String qualified(String ns, String local) {
        return ns == null || ns.isEmpty() ? "'" + local + "' (no namespace)" : "'" + local + "' in namespace " + ns;
    }

    private static List<String> namespaces() {
        return DMN_NAMESPACES.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static String where(Location at) {
        return at == null || at.getLineNumber() < 0 ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
