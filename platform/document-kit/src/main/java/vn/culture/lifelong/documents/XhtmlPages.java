package vn.culture.lifelong.documents;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A page a template wrote, parsed once for the PDF and the DOCX renderers; no DTD, no external entity is read.
 * Characters XML 1.0 cannot hold (control characters, lone surrogates), which a template's escaping lets through from
 * stored text, are dropped, so that no value can make a page unprintable.
 */
public final class XhtmlPages {

    private static final String NOT_IN_XML = "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]";

    private XhtmlPages() {
    }

    public static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xhtml.replaceAll(NOT_IN_XML, ""))));
        } catch (ParserConfigurationException | SAXException | IOException malformed) {
            // The page comes from the service's own template: a malformed one is a bug, not a caller's fault.
            throw new IllegalStateException("The template wrote malformed XHTML", malformed);
        }
    }
}
