package org.frontdoor.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Screens a DMN file from outside (an upload, a sandbox draft) before any of it reaches the engine.
 *
 * <p>The XML is read with the JDK's StAX parser with DTD support and external entities switched off and external
 * DTD/schema access forbidden; the screen stops at the first DOCTYPE, so XXE and entity-expansion ("billion laughs")
 * payloads are refused without being expanded. It then checks the root is a DMN 1.1-1.5 {@code definitions}
 * element and refuses anything that would make the engine call Java or an external model: a
 * {@code functionDefinition}/{@code encapsulatedLogic} of kind Java or PMML, and FEEL external functions
 * ({@code function(x) external {java: ...}}). It says nothing about whether the model compiles: the engine does.
 */
@Service
public final class UntrustedModels {
    /** DMN model namespaces the engine reads, by version. */
    public static final Map<String, String> DMN_NAMESPACES = Map.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd", "1.1",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "1.2",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "1.3",
            "https://www.omg.org/spec/DMN/20211108/MODEL/", "1.4",
            "https://www.omg.org/spec/DMN/20230324/MODEL/", "1.5");
    static final String NO_DTD = "DTDs and entity declarations are not allowed";
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FEEL_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\)\\s*external\\b");
    /** An iteration context over a literal numeric range, as in {@code for i in 1..100000000 return i}. */
    private static final Pattern LITERAL_ITERATION = Pattern.compile("\\bin\\s+(-?\\d{1,30})\\s*\\.\\.\\s*(-?\\d{1,30})\\b");
    /**
     * The longest literal range a {@code for}/{@code some}/{@code every} may iterate over. The engine keeps every
     * element of a {@code for} in one list and cannot be interrupted, so a huge range fills the heap. This catches
     * only ranges written as numbers; a bound computed at run time is not seen (see {@link BoundedEvaluation}).
     */
    static final long MAX_LITERAL_ITERATION = 1_000_000;

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
            StringBuilder text = null;
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
                            if ("functionDefinition".equals(local) || "encapsulatedLogic".equals(local)) {
                                String kind = attribute(xml, "kind");
                                String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
                                if (k.equals("java") || k.equals("j") || k.equals("pmml") || k.equals("p")) {
                                    problems.add(describe(xml, local, owners) + " is of kind " + kind.trim()
                                            + ", which would call " + (k.startsWith("j") ? "Java classes" : "an external PMML model")
                                            + "; only FEEL functions are allowed");
                                }
                            }
                            text = "text".equals(local) ? new StringBuilder() : null;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text != null) {
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (text != null && "text".equals(xml.getLocalName())) {
                            String span = hugeLiteralIteration(text.toString());
                            if (span != null) {
                                problems.add("an expression at line " + xml.getLocation().getLineNumber() + " iterates over " + span
                                        + "; at most " + String.format(Locale.ROOT, "%,d", MAX_LITERAL_ITERATION) + " values are allowed");
                            }
                            if (callsExternalFunction(text.toString())) {
                                problems.add("an expression at line " + xml.getLocation().getLineNumber()
                                        + " defines an external function (function(...) external ...), which would call Java "
                                        + "or an external model; only FEEL functions are allowed");
                            }
                            text = null;
                        }
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
        if (!problems.isEmpty()) {
            throw new RejectedModel(file, problems);
        }
        return new Outline(outline.name(), outline.namespace(), outline.dmnVersion(), List.copyOf(outline.imports()));
    }

    /**
     * "the range 1..100000000 (100,000,000 values)" if the FEEL iterates over a literal range that is too long, or
     * "the ranges 1..1000, 1..1000, 1..1000 together (1,000,000,000 values)" if its literal ranges do so together:
     * {@code for i in 1..1000, j in 1..1000, k in 1..1000 return 0} builds a list of a billion elements from three
     * small ranges. The ranges of one expression are multiplied whether or not they are nested, which may refuse two
     * separate loops that would be harmless (a product over a million); the rule sets need no literal ranges at all.
     */
    static String hugeLiteralIteration(String feel) {
        String code = FEEL_COMMENT.matcher(FEEL_STRING.matcher(feel).replaceAll("\"\"")).replaceAll(" ");
        java.util.regex.Matcher m = LITERAL_ITERATION.matcher(code);
        java.math.BigInteger limit = java.math.BigInteger.valueOf(MAX_LITERAL_ITERATION);
        java.math.BigInteger product = java.math.BigInteger.ONE;
        List<String> ranges = new ArrayList<>();
        while (m.find()) {
            java.math.BigInteger from = new java.math.BigInteger(m.group(1));
            java.math.BigInteger to = new java.math.BigInteger(m.group(2));
            java.math.BigInteger values = to.subtract(from).abs().add(java.math.BigInteger.ONE);
            if (values.compareTo(limit) > 0) {
                return "the range " + m.group(1) + ".." + m.group(2) + " (" + String.format(Locale.ROOT, "%,d", values) + " values)";
            }
            product = product.multiply(values);
            ranges.add(m.group(1) + ".." + m.group(2));
        }
        if (product.compareTo(limit) > 0) {
            return "the ranges " + String.join(", ", ranges) + " together (" + String.format(Locale.ROOT, "%,d", product) + " values)";
        }
        return null;
    }

    static boolean callsExternalFunction(String feel) {
        String code = FEEL_COMMENT.matcher(FEEL_STRING.matcher(feel).replaceAll("\"\"")).replaceAll(" ");
        return EXTERNAL_FUNCTION.matcher(code).find();
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
