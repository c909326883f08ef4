package pl.bramka.branding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes an uploaded SVG safe to serve: parsed with DTDs refused (so no external or expanding entities), then only
 * allow-listed SVG elements and presentation attributes are kept, references may only point inside the document
 * ({@code #id}), and the cleaned tree is serialised anew, so nothing the parser did not understand survives.
 */
final class SvgSanitizer {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    /** Deeper than any real logo; a limit keeps the recursive cleaning (and the serialiser) off the stack's end. */
    static final int MAX_DEPTH = 64;

    /** Shapes, text, grouping, gradients, clipping and simple filters; no script, foreignObject, image, a, animate. */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "style", "filter",
            "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feFlood", "feComposite", "feMerge",
            "feMergeNode", "feDropShadow");

    /** Geometry and presentation; no event handlers (on*), no attributes from other namespaces. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "href", "transform", "viewBox",
            "preserveAspectRatio", "version", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "fill", "fill-opacity", "fill-rule", "stroke",
            "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
            "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
            "vector-effect", "paint-order", "shape-rendering", "text-rendering", "font-family", "font-size",
            "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
            "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "dx", "dy", "rotate",
            "textLength", "lengthAdjust", "startOffset", "method", "spacing", "gradientUnits", "gradientTransform",
            "spreadMethod", "offset", "stop-color", "stop-opacity", "clip-path", "clip-rule", "clipPathUnits",
            "mask", "maskUnits", "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform",
            "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
            "orient", "filter", "filterUnits", "primitiveUnits", "color-interpolation-filters", "in", "in2",
            "result", "stdDeviation", "mode", "type", "values", "operator", "k1", "k2", "k3", "k4", "flood-color",
            "flood-opacity");

    /** After lower-casing and removing white space: the first character of what a url(...) points to. */
    private static final Pattern URL_TARGET = Pattern.compile("url\\(['\"]?(.)");
    /**
     * Script-bearing schemes, IE's expression() and behaviours, imports, and CSS escapes, comments and markup that
     * could disguise any of these. Presentation attributes are CSS values too, so every value is checked.
     */
    private static final Pattern DANGEROUS = Pattern.compile("javascript:|vbscript:|data:|expression|@import"
            + "|behavior|-moz-binding|\\\\|/\\*|<");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\x00-\\x1f]+");

    private SvgSanitizer() {
    }

    /**
     * The cleaned SVG as UTF-8 bytes; {@link LogoRejected} if it is not well-formed XML with an {@code <svg>} root, or
     * nests elements deeper than {@link #MAX_DEPTH}.
     */
    static byte[] sanitize(byte[] svg) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!isSvg(root, "svg")) {
            throw new LogoRejected("branding.logo.svgRoot");
        }
        cleanAttributes(root);
        cleanChildren(root, 1);
        return serialize(document);
    }

    private static Document parse(byte[] svg) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            // No resolver will ever be asked: DOCTYPEs are refused before anything could be resolved.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(svg)));
        } catch (SAXException | IOException e) {
            throw new LogoRejected("branding.logo.svgInvalid");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    /** The JDK's own parser (not whatever a library put on the class path), with everything external switched off. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static void cleanChildren(Element parent, int depth) {
        for (Node child : children(parent)) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> cleanElement(parent, (Element) child, depth + 1);
                case Node.TEXT_NODE -> {
                }
                // CDATA (as in <style>) is kept as plain text, which the serialiser escapes.
                case Node.CDATA_SECTION_NODE -> parent.replaceChild(
                        parent.getOwnerDocument().createTextNode(child.getNodeValue()), child);
                default -> parent.removeChild(child);
            }
        }
    }

    private static void cleanElement(Element parent, Element element, int depth) {
        if (depth > MAX_DEPTH) {
            throw new LogoRejected("branding.logo.svgTooDeep", MAX_DEPTH);
        }
        if (!isSvg(element, null) || !ELEMENTS.contains(element.getLocalName())) {
            parent.removeChild(element);
            return;
        }
        cleanAttributes(element);
        if (element.getLocalName().equals("style")) {
            String css = element.getTextContent();
            if (!isSafe(css)) {
                parent.removeChild(element);
                return;
            }
            element.setTextContent(css);
        } else {
            cleanChildren(element, depth);
        }
    }

    private static void cleanAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> all = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            all.add((Attr) attributes.item(i));
        }
        for (Attr attribute : all) {
            if (!isAllowed(attribute)) {
                element.removeAttributeNode(attribute);
            }
        }
    }

    private static boolean isAllowed(Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName();
        String value = attribute.getValue();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            // Only the two namespaces the kept elements and attributes can use.
            return name.equals("xmlns") ? value.equals(SVG_NAMESPACE)
                    : name.equals("xlink") && value.equals(XLINK_NAMESPACE);
        }
        if (XMLConstants.XML_NS_URI.equals(namespace)) {
            return name.equals("space");
        }
        if (XLINK_NAMESPACE.equals(namespace)) {
            return name.equals("href") && isLocalReference(value);
        }
        if (namespace != null || !ATTRIBUTES.contains(name)) {
            return false;
        }
        if (name.equals("href")) {
            return isLocalReference(value);
        }
        return isSafe(value);
    }

    private static boolean isLocalReference(String value) {
        return value.strip().startsWith("#");
    }

    /**
     * A value or style sheet with nothing dangerous in it and {@code url(...)} only to an element of this document
     * (gradients and clip paths need that).
     */
    private static boolean isSafe(String value) {
        String compact = INVISIBLE.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
        if (DANGEROUS.matcher(compact).find()) {
            return false;
        }
        Matcher url = URL_TARGET.matcher(compact);
        while (url.find()) {
            if (!url.group(1).equals("#")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSvg(Element element, String localName) {
        return SVG_NAMESPACE.equals(element.getNamespaceURI())
                && (localName == null || localName.equals(element.getLocalName()));
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        return children;
    }

    private static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("A parsed SVG could not be serialised", e);
        }
    }
}
