package org.guidebook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problem;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated guides never crash the build. A seeded {@link Mutator} makes mutants of the basic fixture; each
 * goes through every input-reading stage in this JVM ({@link Validation}), a sample of those that pass goes
 * through the whole pipeline (renderers included), and a few go through the real CLI with a previous output
 * in place. For each: only {@link AuthorErrors} (exit 1) or success (exit 0), never another exception (exit
 * 3); every problem one line with its fix; no stage slower than {@link #MUTANT_TIMEOUT_SECONDS}; for the
 * CLI, no stack trace, the previous output byte-identical after a failure, and no file written outside the
 * output folder. A failing mutant is saved under {@code target/fuzz-failures/}; copy it to
 * {@code src/test/resources/fuzz-corpus/<name>/} (files that differ from the basic fixture, plus a
 * {@code .delete} list) and {@link #corpusReplaysCleanly} replays it in every run.
 *
 * <p>Bounded by time, not count, so it fits CI on a slow machine: {@code -Dfuzz.seconds} (default 90),
 * {@code -Dfuzz.seed} (default 16), {@code -Dfuzz.builds} (CLI builds, default 3), {@code -Dfuzz.renders}
 * (full in-process pipelines, default 4).
 */
class FuzzTest {
    static final Path CORPUS = FixtureRepo.PROJECT.resolve("src/test/resources/fuzz-corpus");
    static final int MUTANT_TIMEOUT_SECONDS = 60;
    private static final long SEED = Long.getLong("fuzz.seed", 16);
    private static final long SECONDS = Long.getLong("fuzz.seconds", 90);
    private static final int BUILDS = Integer.getInteger("fuzz.builds", 3);
    private static final int RENDERS = Integer.getInteger("fuzz.renders", 4);

    @TempDir
    Path temp;

    @Test
    void mutatedGuidesBuildOrFailWithOneLinePerProblem() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Map<String, byte[]> original = guideFiles(repo.root);
        Path cache = temp.resolve("cache");
        Mutator mutator = new Mutator(SEED);
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int mutants = 0, accepted = 0, renders = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, byte[]> previous = original;
            while (System.nanoTime() < deadline && failures.size() < 5) {
                Map<String, byte[]> mutant = mutator.mutate(original);
                apply(repo.root, previous, mutant);
                previous = mutant;
                mutants++;
                String failure = within(worker, () -> outcome(() -> Validation.run(repo.root, cache)));
                if (failure == null) {
                    accepted++;
                    if (renders < RENDERS) {
                        renders++;
                        failure = within(worker, () -> outcome(() -> new Guidebook(repo.root)
                                .run(new Guidebook.Options(cache, false, DiagramStage.Progress.NONE))));
                    }
                }
                if (failure != null && !failure.equals(ACCEPTED)) failures.add(save(mutants, mutant, original, failure));
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("FuzzTest: %d mutants in %d s (seed %d), %d accepted, %d full pipelines%n", mutants, SECONDS,
                SEED, accepted, renders);
        if (!failures.isEmpty()) fail(failures.size() + " mutants broke the build:\n" + String.join("\n", failures));
        assertTrue(mutants >= 20, "the fuzz test ran too few mutants to mean anything: " + mutants);
    }

    @Test
    void mutatedGuidesThroughTheCommandLineKeepThePreviousOutput() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Map<String, byte[]> original = guideFiles(repo.root);
        Path out = temp.resolve("dist");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        Mutator mutator = new Mutator(SEED + 1);
        Map<String, byte[]> previous = original;
        for (int i = 0; i < BUILDS; i++) {
            Map<String, byte[]> mutant = mutator.mutate(original);
            apply(repo.root, previous, mutant);
            previous = mutant;
            assertBuildIsClean(repo, out, "mutant " + i);
        }
    }

    private static Path shared;

    /**
     * One previous output for every replay (each replay checks it is unchanged when the build fails, so they
     * can share it): one good build instead of one per corpus entry.
     */
    private static synchronized Path sharedOutput() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("guidebook-fuzz-corpus");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // best effort at JVM exit
                }
            }));
            Path out = dir.resolve("dist");
            assertEquals(0, FixtureRepo.of(dir, null).run("build", "--out", out.toString()).exitCode());
            shared = out;
        }
        return shared;
    }

    static Stream<String> corpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) return Stream.empty();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Every input that ever broke the build, replayed through the CLI. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusReplaysCleanly(String name) throws Exception {
        Path out = sharedOutput();
        FixtureRepo repo = FixtureRepo.of(out.getParent(), null);
        Path dir = CORPUS.resolve(name);
        FixtureRepo.copyTree(dir, repo.root);
        Path deletions = repo.root.resolve(".delete");
        if (Files.exists(deletions)) {
            for (String line : Files.readAllLines(deletions)) if (!line.isBlank()) Files.deleteIfExists(repo.root.resolve(line.strip()));
            Files.delete(deletions);
        }
        Files.deleteIfExists(repo.root.resolve("README.txt"));
        assertBuildIsClean(repo, out, name);
    }

    /**
     * Runs {@code build} into {@code out} (which holds a previous output) and checks the outcome: exit 0 or
     * 1, no stack trace, one line per problem, the previous output intact after a failure, and nothing
     * written outside {@code out} (and its staging, lock and cache files).
     */
    static void assertBuildIsClean(FixtureRepo repo, Path out, String what) throws IOException {
        String before = TreeHash.of(out);
        List<String> around = filesOutside(out.getParent(), out);
        long start = System.nanoTime();
        FixtureRepo.Run run = repo.run("build", "--out", out.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, what + ": exit " + run.exitCode() + "\n" + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), what + ": stack trace\n" + run.err());
        assertTrue(seconds < 4 * MUTANT_TIMEOUT_SECONDS, what + ": took " + seconds + " s");
        if (run.exitCode() == 1) {
            assertEquals(before, TreeHash.of(out), what + ": the previous output changed");
            for (String line : run.errorLines()) assertTrue(line.contains(" — "), what + ": no fix given: " + line);
        }
        assertEquals(around, filesOutside(out.getParent(), out), what + ": files written outside the output folder");
    }

    /** Files under {@code parent} outside the output {@code out}, its build's own siblings and the cache. */
    private static List<String> filesOutside(Path parent, Path out) throws IOException {
        String name = out.getFileName().toString();
        try (Stream<Path> walk = Files.walk(parent)) {
            return walk.filter(Files::isRegularFile).map(p -> parent.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(name + "/") && !p.startsWith("." + name + ".")
                            && !p.contains(".guidebook-cache/"))
                    .sorted().toList();
        }
    }

    private static final String ACCEPTED = "";

    /** Null when the guide is valid, {@link #ACCEPTED} for clean author errors, else what went wrong. */
    private static String outcome(Runnable stage) {
        try {
            stage.run();
            return null;
        } catch (AuthorErrors e) {
            for (Problem p : e.problems()) {
                String line = p.format();
                if (line.contains("\n") || !line.contains(" — ")) return "a problem is not one line with its fix: " + line;
            }
            return ACCEPTED;
        } catch (Throwable t) {
            java.io.StringWriter trace = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(trace));
            return trace.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(t.toString());
        }
    }

    private static String within(ExecutorService worker, java.util.concurrent.Callable<String> task)
            throws InterruptedException {
        Future<String> future = worker.submit(task);
        try {
            return future.get(MUTANT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return "took more than " + MUTANT_TIMEOUT_SECONDS + " s";
        } catch (ExecutionException e) {
            return e.getCause().toString();
        }
    }

    static Map<String, byte[]> guideFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : List.of("guide", "diagrams")) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** Turns the repository from {@code previous} into {@code next}, writing only the files that differ. */
    static void apply(Path root, Map<String, byte[]> previous, Map<String, byte[]> next) {
        try {
            for (Map.Entry<String, byte[]> e : next.entrySet()) {
                byte[] old = previous.get(e.getKey());
                if (java.util.Arrays.equals(old, e.getValue())) continue;
                Path file = root.resolve(e.getKey());
                if (e.getValue() == null) Files.deleteIfExists(file);
                else Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a failing mutant as a corpus entry (changed files and a .delete list) under target/fuzz-failures/. */
    private static String save(int number, Map<String, byte[]> mutant, Map<String, byte[]> original, String failure)
            throws IOException {
        Path dir = FixtureRepo.PROJECT.resolve("target/fuzz-failures/seed-" + SEED + "-mutant-" + number);
        Files.createDirectories(dir);
        List<String> deleted = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : mutant.entrySet()) {
            if (e.getValue() == null) {
                deleted.add(e.getKey());
            } else if (!java.util.Arrays.equals(e.getValue(), original.get(e.getKey()))) {
                Files.createDirectories(dir.resolve(e.getKey()).getParent());
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
        if (!deleted.isEmpty()) Files.write(dir.resolve(".delete"), deleted);
        Files.writeString(dir.resolve("README.txt"), failure + "\n");
        return dir + ":\n" + failure;
    }
}
