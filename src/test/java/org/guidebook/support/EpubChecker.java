package org.guidebook.support;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** W3C EPUBCheck run in-process: every fatal error, error and warning it reports for one EPUB. */
public final class EpubChecker {
    private EpubChecker() {
    }

    /** Each problem as {@code SEVERITY ID path:line:col: message}; empty means the EPUB passed. */
    public static List<String> problems(Path epub) {
        Collector report = new Collector();
        EpubCheck check = new EpubCheck(epub.toFile(), report);
        check.setLocale(Locale.ROOT);
        check.doValidate();
        return List.copyOf(report.problems);
    }

    private static final class Collector extends MasterReport {
        final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                problems.add(severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine() + ":"
                        + location.getColumn() + ": " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
