package org.guidebook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.TreeHash;
import org.guidebook.write.BuildLock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around a build: SIGKILL at several moments, two builds into one folder, a damaged diagram cache, and
 * an output folder that cannot be written (not a folder, a full disk).
 */
class FaultTest {
    @TempDir
    Path temp;

    /** A build in its own JVM, as a reader runs it, so it can be killed with SIGKILL. */
    private static Process startBuild(FixtureRepo repo, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.guidebook.Main",
                "build", "--root", repo.root.toString(), "--out", out.toString());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static void waitFor(Process process, Predicate<Process> moment, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (process.isAlive() && !moment.test(process) && System.nanoTime() < deadline) Thread.sleep(5);
    }

    private static long filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the build is deleting or moving it right now
        }
    }

    @Test
    void sigkillAtAnyMomentLeavesAWholeOutputAndTheNextBuildSucceeds() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path out = temp.resolve("dist");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        String previous = TreeHash.of(out);
        // The next build makes a different output: a chapter changed.
        repo.write("guide/case.md", Files.readString(repo.path("guide/case.md")) + "\nOne more sentence.\n");
        Path reference = temp.resolve("reference");
        assertEquals(0, repo.run("build", "--out", reference.toString()).exitCode());
        String next = TreeHash.of(reference);

        Path staging = temp.resolve(".dist.staging");
        Path old = temp.resolve(".dist.old");
        List<String> moments = List.of("startup", "lock taken", "staging begun", "staging half written", "swapping");
        List<Predicate<Process>> at = List.of(
                p -> true,
                p -> Files.exists(BuildLock.lockFile(out)),
                p -> Files.isDirectory(staging),
                p -> filesUnder(staging) > 15,
                p -> Files.exists(staging.resolve(".guidebook-output")) || Files.exists(old)); // written last, then renamed
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Files.deleteIfExists(BuildLock.lockFile(out)); // so "lock taken" means this build's lock
            Process build = startBuild(repo, out, temp.resolve("log-" + i));
            waitFor(build, at.get(i), 180);
            build.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            String now = Files.exists(out) ? TreeHash.of(out) : "missing";
            if (!Files.exists(out) && Files.isDirectory(old)) now = "between renames";
            seen.add(moments.get(i) + ": " + (now.equals(previous) ? "previous" : now.equals(next) ? "next" : now));
            if (now.equals("between renames")) {
                // The one window a kill can leave: the next build repairs it before anything else.
                assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
                assertEquals(next, TreeHash.of(out));
            } else {
                assertTrue(now.equals(previous) || now.equals(next), "after a kill at " + moments.get(i)
                        + " the output is neither the previous nor the next one: " + now);
            }
            // Every later build starts from whatever the kill left, staging debris included.
            previous = Files.exists(out) ? TreeHash.of(out) : previous;
        }
        System.out.println("FaultTest kills: " + seen);
        FixtureRepo.Run after = repo.run("build", "--out", out.toString());
        assertEquals(0, after.exitCode(), "the next build succeeds: " + after.err());
        assertEquals(next, TreeHash.of(out));
        assertFalse(Files.exists(staging) || Files.exists(old), "no staging debris is left");
    }

    @Test
    void aBuildKilledBetweenItsRenamesIsRepairedEvenByAFailingBuild() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path out = temp.resolve("dist");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        String previous = TreeHash.of(out);
        Files.move(out, temp.resolve(".dist.old")); // what a kill after the first rename leaves
        Files.createDirectories(temp.resolve(".dist.staging/half"));
        repo.write("guide/case.md", "no front matter\n");
        FixtureRepo.Run run = repo.run("build", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(previous, TreeHash.of(out), "the previous output is back in place");
    }

    @Test
    void aSecondBuildIntoTheSameFolderFailsWithOneLine() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path out = temp.resolve("dist");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        String before = TreeHash.of(out);
        Path log = temp.resolve("second.log");
        try (BuildLock first = BuildLock.acquire(out)) { // a first build is running
            Process second = startBuild(repo, out, log);
            assertTrue(second.waitFor(180, TimeUnit.SECONDS));
            List<String> lines = Files.readAllLines(log);
            assertEquals(1, second.exitValue(), String.join("\n", lines));
            assertEquals(out + ": another Guidebook build is writing this folder right now — wait for it to finish,"
                    + " or build into another folder with --out", lines.get(0));
            assertEquals(2, lines.size(), "the problem and the summary line: " + lines);
        }
        assertEquals(before, TreeHash.of(out), "the second build touched nothing");
        // A build killed while holding the lock leaves no stale lock: the OS releases it.
        Process killed = startBuild(repo, out, temp.resolve("killed.log"));
        waitFor(killed, p -> Files.isDirectory(temp.resolve(".dist.staging")), 180);
        killed.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode(), "no stale lock after SIGKILL");
    }

    @Test
    void damagedCacheEntriesAreDetectedAndRenderedAgain() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path cache = temp.resolve("cache");
        Guidebook.Options options = new Guidebook.Options(cache, false, DiagramStage.Progress.NONE);
        Guidebook.Result clean = new Guidebook(repo.root).run(options);
        List<Path> entries;
        try (Stream<Path> files = Files.list(cache.resolve("diagrams"))) {
            entries = files.sorted().toList();
        }
        assertEquals(4, entries.size(), "two diagrams, each a raw and a page-ready entry: " + entries);
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2)); // truncated (disk full, kill)
        Files.write(entries.get(1), new byte[]{(byte) 0xC3, 0x28, 0, 1, 2}); // garbage, not even UTF-8
        Files.write(entries.get(2), new byte[0]); // empty
        String third = Files.readString(entries.get(3));
        Files.writeString(entries.get(3), third.replace("<text", "<text onclick=\"alert(1)\""), java.nio.charset.StandardCharsets.UTF_8);
        Guidebook.Result rebuilt = new Guidebook(repo.root).run(options);
        assertEquals(2, rebuilt.diagramsRendered(), "no damaged entry is served");
        for (String page : clean.output().files().keySet()) {
            byte[] a = clean.output().generated(page);
            if (a != null) assertEquals(new String(a), new String(rebuilt.output().generated(page)), page);
        }
        Guidebook.Result third2 = new Guidebook(repo.root).run(options);
        assertEquals(0, third2.diagramsRendered(), "the entries were written again, whole");
    }

    @Test
    void anOutputFolderUnderAFileGivesOneLine() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path file = temp.resolve("a-file");
        Files.writeString(file, "not a folder");
        Path out = file.resolve("dist");
        FixtureRepo.Run run = repo.run("build", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.errorLines();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(out + ": cannot write the output ("), lines.get(0));
        assertTrue(lines.get(0).contains(" — choose a writable folder with --out"), lines.get(0));
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        assertEquals("not a folder", Files.readString(file));
    }

    /**
     * A full disk, on a 256 KiB tmpfs (the fixture's output is larger): one line, the previous output on
     * that disk intact, and the staging folder deleted so the space comes back. Needs permission to mount
     * (root in a container); skipped where mounting is not allowed.
     */
    @Test
    void aFullDiskGivesOneLineAndKeepsThePreviousOutput() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here: " + new String(mount.getInputStream().readAllBytes()));
        try {
            FixtureRepo repo = FixtureRepo.of(temp, null);
            Path out = disk.resolve("dist");
            // A previous "output" that fits: a marker-only folder made by an earlier build.
            Files.createDirectories(out);
            Files.writeString(out.resolve(".guidebook-output"), "Built by Guidebook; the next build replaces this folder.\n");
            Files.writeString(out.resolve("index.html"), "<!doctype html><title>previous</title>");
            String before = TreeHash.of(out);
            FixtureRepo.Run run = repo.run("build", "--out", out.toString());
            assertEquals(1, run.exitCode(), run.err());
            List<String> lines = run.errorLines();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.get(0).startsWith(out + ": cannot write the output (No space left on device"), lines.get(0));
            assertEquals(before, TreeHash.of(out));
            assertFalse(Files.exists(disk.resolve(".dist.staging")), "the partial staging folder is deleted");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
