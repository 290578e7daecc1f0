package org.guidebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process on HTML files. The schema is
 * loaded once and reused, because loading it is the slow part; {@link #errors} checks one file.
 */
public final class HtmlChecker {
    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlChecker() {
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu HTML Checker: " + e, e);
        }
    }

    /** Every error (and fatal error) the checker reports for {@code file}, as {@code name:line:col: message}. */
    public synchronized List<String> errors(Path file) {
        collector.errors.clear();
        collector.name = file.getFileName().toString();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXException e) {
            collector.errors.add(collector.name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(collector.errors);
    }

    /** Like {@link #errors(Path)}, for a page held in memory ({@code name} labels the messages). */
    public synchronized List<String> errors(String name, byte[] html) {
        collector.errors.clear();
        collector.name = name;
        try {
            org.xml.sax.InputSource input = new org.xml.sax.InputSource(new java.io.ByteArrayInputStream(html));
            input.setEncoding("UTF-8");
            input.setSystemId(name);
            validator.checkHtmlInputSource(input);
        } catch (SAXException e) {
            collector.errors.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String name = "";

        @Override
        public void warning(SAXParseException e) {
            // Warnings are advice (e.g. "consider adding lang"); the contract is zero errors.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
