package org.frontdoor.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What models saved by other DMN tools (Camunda Modeler 7 and 8 above all) say in ways their own engines accept and
 * the KIE engine does not, rewritten to what they mean before the sandbox compiles them. Each rewrite is reported, so
 * the policy lead sees what was read differently from the file:
 * <ul>
 *   <li>an empty input entry means "any value" ({@code -}); an empty output entry means null;</li>
 *   <li>Java type names ({@code integer}, {@code long}, {@code double}...) mean FEEL {@code number}; in DMN 1.1 an
 *       unprefixed FEEL type ({@code string}) is the FEEL built-in type ({@code feel:string}); {@code dateTime} in DMN
 *       1.2 and later is {@code date and time};</li>
 *   <li>a decision table input reading a name that is no element of the model (Camunda reads free variables straight
 *       from the context) reads an input data of that name, which the sandbox adds; one reading another decision's
 *       name without an information requirement gets that requirement.</li>
 * </ul>
 * Standard models that declare everything are left exactly as they are.
 */
final class ForeignModels {
    static final String FEEL_11 = "http://www.omg.org/spec/FEEL/20140401";
    private static final String DMN_11 = "http://www.omg.org/spec/DMN/20151101/dmn.xsd";
    private static final Set<String> FEEL_TYPES_11 = Set.of("string", "number", "boolean", "date", "time", "dateTime",
            "dayTimeDuration", "yearMonthDuration", "context", "Any");
    private static final Set<String> JAVA_NUMBERS = Set.of("integer", "int", "long", "short", "double", "float", "decimal", "numeric");
    private static final Pattern NAME_PATH = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    /** Children of a decision that come before its information requirements. */
    private static final Set<String> BEFORE_REQUIREMENTS = Set.of("description", "extensionElements", "question", "allowedAnswers",
            "variable", "informationRequirement");

    private ForeignModels() {
    }

    static List<String> adapt(Document doc) {
        Element root = doc.getDocumentElement();
        String dmn = root.getNamespaceURI();
        List<String> notes = new ArrayList<>();
        emptyEntries(root, dmn, notes);
        typeRefs(root, dmn, notes);
        freeVariables(doc, root, dmn, notes);
        return notes;
    }

    private static void emptyEntries(Element root, String dmn, List<String> notes) {
        int inputs = fillEmpty(root, dmn, "inputEntry", "-");
        int outputs = fillEmpty(root, dmn, "outputEntry", "null");
        if (inputs > 0) {
            notes.add(inputs + " empty input " + (inputs == 1 ? "entry was" : "entries were") + " read as '-' (any value), as the model's tool means them.");
        }
        if (outputs > 0) {
            notes.add(outputs + " empty output " + (outputs == 1 ? "entry was" : "entries were") + " read as null.");
        }
    }

    private static int fillEmpty(Element root, String dmn, String entry, String meaning) {
        int filled = 0;
        NodeList entries = root.getElementsByTagNameNS(dmn, entry);
        for (int i = 0; i < entries.getLength(); i++) {
            Element text = child((Element) entries.item(i), dmn, "text");
            if (text != null && text.getTextContent().isBlank()) {
                text.setTextContent(meaning);
                filled++;
            }
        }
        return filled;
    }

    private static void typeRefs(Element root, String dmn, List<String> notes) {
        boolean dmn11 = DMN_11.equals(dmn);
        Map<String, String> changed = new LinkedHashMap<>();
        NodeList all = root.getElementsByTagNameNS(dmn, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("typeRef")) {
                String to = feelType(e.getAttribute("typeRef"), dmn11);
                if (to != null) {
                    changed.put(e.getAttribute("typeRef"), to);
                    e.setAttribute("typeRef", to);
                }
            } else if ("typeRef".equals(e.getLocalName())) {   // DMN 1.1 item definitions
                String to = feelType(e.getTextContent().strip(), dmn11);
                if (to != null) {
                    changed.put(e.getTextContent().strip(), to);
                    e.setTextContent(to);
                }
            }
        }
        if (changed.values().stream().anyMatch(t -> t.startsWith("feel:")) && root.lookupPrefix(FEEL_11) == null) {
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:feel", FEEL_11);
        }
        changed.forEach((from, to) -> notes.add("Type '" + from + "' was read as the FEEL type '" + to.replace("feel:", "") + "'" + (to.startsWith("feel:") ? " (feel:" + to.substring(5) + ")." : ".")));
    }

    /** The FEEL type a tool's type name means, or null when it needs no change. */
    private static String feelType(String typeRef, boolean dmn11) {
        String local = typeRef.contains(":") ? typeRef.substring(typeRef.indexOf(':') + 1) : typeRef;
        boolean prefixed = typeRef.contains(":");
        if (JAVA_NUMBERS.contains(local.toLowerCase(Locale.ROOT))) {
            return dmn11 ? "feel:number" : "number";
        }
        if (dmn11 && !prefixed && FEEL_TYPES_11.contains(local)) {
            return "feel:" + local;
        }
        if (!dmn11 && "dateTime".equals(local)) {
            return "date and time";
        }
        return null;
    }

    private static void freeVariables(Document doc, Element root, String dmn, List<String> notes) {
        Map<String, Element> decisions = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && dmn.equals(e.getNamespaceURI()) && e.hasAttribute("name")) {
                known.add(e.getAttribute("name"));
                if ("decision".equals(e.getLocalName())) {
                    decisions.put(e.getAttribute("name"), e);
                }
            }
        }
        Map<String, Element> added = new LinkedHashMap<>();
        for (Element decision : decisions.values()) {
            NodeList expressions = decision.getElementsByTagNameNS(dmn, "inputExpression");
            for (int i = 0; i < expressions.getLength(); i++) {
                Element expression = (Element) expressions.item(i);
                Element text = child(expression, dmn, "text");
                String read = text == null ? "" : text.getTextContent().strip();
                String name;
                Element byId = decisionWithId(decisions, read);
                if (byId != null && !known.contains(read)) {
                    // Camunda 8 keeps a decision's result under its id; DMN (and KIE) under its name
                    name = byId.getAttribute("name");
                    text.setTextContent(name);
                    notes.add("Decision '" + decision.getAttribute("name") + "' reads decision id '" + read + "': read as its name '" + name + "'.");
                } else if (decisions.containsKey(read)) {
                    name = read;   // another decision, by its name (which may have spaces)
                } else if (NAME_PATH.matcher(read).matches()) {
                    name = read.contains(".") ? read.substring(0, read.indexOf('.')) : read;
                } else {
                    continue;
                }
                if (name.equals(decision.getAttribute("name")) || "true".equals(name) || "false".equals(name) || "null".equals(name)) {
                    continue;
                }
                Element required;
                if (decisions.containsKey(name)) {
                    required = decisions.get(name);
                } else if (known.contains(name)) {
                    continue;   // an input data or knowledge model the tool declared: nothing to add
                } else {
                    required = added.computeIfAbsent(name, k -> inputData(doc, root, dmn, k,
                            read.contains(".") ? null : expression.getAttribute("typeRef")));
                }
                if (requires(decision, dmn, required.getAttribute("id"))) {
                    continue;
                }
                Element requirement = doc.createElementNS(dmn, prefixed(decision, "informationRequirement"));
                Element href = doc.createElementNS(dmn, prefixed(decision, "inputData".equals(required.getLocalName()) ? "requiredInput" : "requiredDecision"));
                href.setAttribute("href", "#" + required.getAttribute("id"));
                requirement.appendChild(href);
                decision.insertBefore(requirement, firstAfterRequirements(decision, dmn));
                if (!"inputData".equals(required.getLocalName())) {
                    notes.add("Decision '" + decision.getAttribute("name") + "' reads decision '" + name
                            + "' without saying it requires it: the requirement was added.");
                }
            }
        }
        added.keySet().forEach(name -> notes.add("'" + name + "' is read by a decision table but is not an input of the model "
                + "(the model's tool reads it straight from the context): the sandbox added an input data '" + name + "'."));
    }

    private static Element decisionWithId(Map<String, Element> decisions, String id) {
        return decisions.values().stream().filter(d -> id.equals(d.getAttribute("id"))).findFirst().orElse(null);
    }

    private static Element inputData(Document doc, Element root, String dmn, String name, String typeRef) {
        Element input = doc.createElementNS(dmn, prefixed(root, "inputData"));
        input.setAttribute("id", "sandbox_input_" + name.replaceAll("[^A-Za-z0-9_]", "_"));
        input.setAttribute("name", name);
        Element variable = doc.createElementNS(dmn, prefixed(root, "variable"));
        variable.setAttribute("name", name);
        if (typeRef != null && !typeRef.isBlank()) {
            variable.setAttribute("typeRef", typeRef);
        }
        input.appendChild(variable);
        Node first = null;
        for (Node n = root.getFirstChild(); n != null && first == null; n = n.getNextSibling()) {
            if (n instanceof Element e && dmn.equals(e.getNamespaceURI()) && !"import".equals(e.getLocalName())
                    && !"itemDefinition".equals(e.getLocalName())) {
                first = n;
            }
        }
        root.insertBefore(input, first);
        return input;
    }

    private static boolean requires(Element decision, String dmn, String id) {
        NodeList requirements = decision.getElementsByTagNameNS(dmn, "informationRequirement");
        for (int i = 0; i < requirements.getLength(); i++) {
            for (Node c = requirements.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && ("#" + id).equals(e.getAttribute("href"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Node firstAfterRequirements(Element decision, String dmn) {
        for (Node c = decision.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && !(dmn.equals(e.getNamespaceURI()) && BEFORE_REQUIREMENTS.contains(e.getLocalName()))) {
                return c;
            }
        }
        return null;
    }

    private static Element child(Element parent, String ns, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String prefixed(Element sibling, String local) {
        return sibling.getPrefix() == null ? local : sibling.getPrefix() + ":" + local;
    }
}
