package org.guidebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.support.RealGuide;
import org.guidebook.write.Output;
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

    /**
     * Renderers run in waves and chapters in parallel; the bytes must be those of a build that does everything
     * one after another. The serial build runs inside a one-thread pool, so every parallel stream is serial too.
     */
    @Test
    void aSerialBuildOfTheRealGuideGivesTheSameBytesAsAParallelOne() throws Exception {
        Map<String, Output.Entry> parallel = RealGuide.result().output().files();
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            Map<String, Output.Entry> serial = one.submit(() -> new Guidebook(FixtureRepo.PROJECT)
                    .run(new Guidebook.Options(null, false, DiagramStage.Progress.NONE))).get().output().files();
            assertEquals(serial.keySet(), parallel.keySet(), "the same files");
            assertTrue(serial.size() > 50, "the real guide makes many files");
            for (String path : serial.keySet()) {
                Output.Entry a = serial.get(path), b = parallel.get(path);
                assertTrue(Arrays.equals(a.bytes(), b.bytes()) && java.util.Objects.equals(a.copyOf(), b.copyOf()),
                        () -> path + " differs between the serial and the parallel build");
            }
        } finally {
            one.shutdown();
        }
    }
}
