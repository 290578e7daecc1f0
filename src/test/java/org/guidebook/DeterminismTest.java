package org.guidebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input gives byte-identical output, whatever the folder, time zone or locale. */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void twoBuildsInDifferentFoldersTimeZonesAndLocalesAreByteIdentical() {
        FixtureRepo first = FixtureRepo.of(temp, null);
        Path a = temp.resolve("a/dist");
        assertEquals(0, first.run("build", "--out", a.toString()).exitCode());

        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            // Turkish lower-cases I to a dotless ı — the classic slug bug; Kiritimati is UTC+14.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            FixtureRepo second = FixtureRepo.of(temp, null);
            Path b = temp.resolve("elsewhere/deeper/out");
            assertEquals(0, second.run("build", "--out", b.toString()).exitCode());
            assertEquals(List.of(), TreeHash.differences(a, b), "files that differ");
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }
}
