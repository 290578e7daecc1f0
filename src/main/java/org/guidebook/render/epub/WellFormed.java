package org.guidebook.render.epub;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a document of the EPUB with a strict XML parser, as e-book readers do. Reading systems refuse a
 * chapter that is not well-formed, so the build must not ship one.
 */
final class WellFormed {
    private static final SAXParserFactory FACTORY = SAXParserFactory.newInstance();

    static {
        FACTORY.setNamespaceAware(true);
        try {
            // <!DOCTYPE html> has no external subset; make sure nothing is ever fetched.
            FACTORY.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            FACTORY.setFeature("http://xml.org/sax/features/external-general-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ThreadLocal<javax.xml.parsers.SAXParser> PARSER = ThreadLocal.withInitial(() -> {
        synchronized (FACTORY) {
            try {
                return FACTORY.newSAXParser();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException(e);
            }
        }
    });

    private WellFormed() {
    }

    /** Empty when {@code xml} is well-formed, else the parser's complaint with its line in the document. */
    static Optional<String> problem(String xml) {
        try {
            // One parser per thread: chapters are checked in parallel, and JAXP factories promise no thread safety.
            javax.xml.parsers.SAXParser parser = PARSER.get();
            parser.reset();
            parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new DefaultHandler());
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of("line " + e.getLineNumber() + " of its XHTML: " + e.getMessage());
        } catch (SAXException | java.io.IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
