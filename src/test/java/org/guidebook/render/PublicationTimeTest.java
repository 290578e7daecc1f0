package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.guidebook.problem.AuthorErrors;
import org.junit.jupiter.api.Test;

/** The one time the outputs record: guide.yml's date, or SOURCE_DATE_EPOCH when it is set. */
class PublicationTimeTest {

    @Test
    void dateAtMidnightUtcWithoutSourceDateEpoch() {
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), PublicationTime.of("2026-11-22", null));
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), PublicationTime.of("2026-11-22", " "));
    }

    @Test
    void sourceDateEpochWins() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), PublicationTime.of("2026-11-22", "1700000000"));
    }

    @Test
    void sourceDateEpochThatIsNotATimeIsReported() {
        AuthorErrors e = assertThrows(AuthorErrors.class, () -> PublicationTime.of("2026-11-22", "yesterday"));
        assertTrue(e.problems().get(0).format().startsWith("SOURCE_DATE_EPOCH: `yesterday` is not a time"));
    }
}
