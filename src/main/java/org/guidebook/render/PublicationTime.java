package org.guidebook.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.guidebook.problem.AuthorErrors;

/**
 * The one time an output may record (EPUB {@code dcterms:modified}, zip entry times): the guide's
 * {@code date} at midnight UTC, or {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
 * convention) when it is set. Never the clock, so two builds of the same input are byte-identical.
 */
public final class PublicationTime {
    /** The environment variable of the reproducible-builds convention. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private PublicationTime() {
    }

    /** {@code date} is ISO {@code YYYY-MM-DD} (checked by the loader); {@code sourceDateEpoch} may be null or blank. */
    public static Instant of(String date, String sourceDateEpoch) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                long seconds = Long.parseLong(sourceDateEpoch.strip());
                if (seconds < 315532800L || seconds > 4102444799L) throw new NumberFormatException();
                return Instant.ofEpochSecond(seconds);
            } catch (NumberFormatException e) {
                throw AuthorErrors.single(SOURCE_DATE_EPOCH, 0, "`" + sourceDateEpoch + "` is not a time between 1980"
                        + " and 2099 in seconds since 1970 — unset it or set it to e.g. `git log -1 --format=%ct`");
            }
        }
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
