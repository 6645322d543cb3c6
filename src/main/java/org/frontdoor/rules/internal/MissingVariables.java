package org.frontdoor.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Camunda Modeler (and other tools whose engines do not need it) writes decisions and input data without the
 * {@code <variable>} that DMN says they have, named after the element; the KIE engine then refuses the model with
 * MISSING_VARIABLE. This adds exactly that declaration (same name, no type) and says so, and changes nothing else.
 * Run only on XML that {@link org.frontdoor.rules.UntrustedModels} accepted; the parser is hardened all the same.
 */
final class MissingVariables {
    private static final Set<String> NEEDS_VARIABLE = Set.of("decision", "inputData");
    /** Children that come before {@code variable} in both elements, in every DMN version. */
    private static final Set<String> BEFORE_VARIABLE = Set.of("description", "extensionElements", "question", "allowedAnswers");

    /**
     * @param elements the decisions and input data given a {@code <variable>}
     * @param notes    every other adaptation, in plain English (see {@link ForeignModels})
     */
    record Added(byte[] xml, List<String> elements, List<String> notes) {
        Added(byte[] xml, List<String> elements) {
            this(xml, elements, List.of());
        }
    }

    private MissingVariables() {
    }

    static Added addTo(byte[] xml) {
        try {
            Document doc = parser().parse(new ByteArrayInputStream(xml));
            Element root = doc.getDocumentElement();
            String dmn = root.getNamespaceURI();
            List<String> added = new ArrayList<>();
            List<String> notes = ForeignModels.adapt(doc);
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !dmn.equals(e.getNamespaceURI()) || !NEEDS_VARIABLE.contains(e.getLocalName())
                        || !e.hasAttribute("name") || hasChild(e, dmn, "variable")) {
                    continue;
                }
                Element variable = doc.createElementNS(dmn, prefixed(e, "variable"));
                variable.setAttribute("name", e.getAttribute("name"));
                Node after = null;
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element ce && dmn.equals(ce.getNamespaceURI()) && BEFORE_VARIABLE.contains(ce.getLocalName())) {
                        after = c;
                    }
                }
                e.insertBefore(variable, after == null ? e.getFirstChild() : after.getNextSibling());
                added.add(e.getLocalName() + " '" + e.getAttribute("name") + "'" + (e.hasAttribute("id") ? " (id " + e.getAttribute("id") + ")" : ""));
            }
            if (added.isEmpty() && notes.isEmpty()) {
                return new Added(xml, List.of());
            }
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 256);
            t.transform(new DOMSource(doc), new StreamResult(out));
            return new Added(out.toByteArray(), List.copyOf(added), notes);
        } catch (Exception e) {
            return new Added(xml, List.of());   // leave it to the engine to say what is wrong
        }
    }

    private static boolean hasChild(Element e, String ns, String local) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && ns.equals(ce.getNamespaceURI()) && local.equals(ce.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String prefixed(Element sibling, String local) {
        return sibling.getPrefix() == null ? local : sibling.getPrefix() + ":" + local;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;   // and nothing printed
            }
        });
        return b;
    }
}
