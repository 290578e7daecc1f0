package org.guidebook.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.guidebook.problem.AuthorErrors;

/**
 * {@code guidebook new case-study NAME}: creates {@code guide/case-studies/NAME.md} with every section of the
 * case-study structure (cheat sheet and check-yourself skeletons included) and its two diagrams,
 * {@code diagrams/NAME-serving.puml} and {@code diagrams/NAME-sheet.puml}, from the templates in
 * {@code templates/new/}, and lists the chapter in {@code guide/guide.yml} under the case-study part. The
 * result builds as it is; its {@code TODO}s say what to write. Nothing is overwritten: if any of the files
 * exists, nothing is written at all.
 */
public final class CaseStudyScaffold {
    /** Where the templates live, relative to the repository root; {@code {{id}}} and {@code {{title}}} are filled in. */
    public static final String TEMPLATES = "templates/new/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What was made: the new files (relative to the root) and the part that now lists the chapter. */
    public record Created(List<String> files, String part) {
    }

    /** True for a usable name: lower-case letters, digits and single hyphens, e.g. {@code fraud-detection}. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Creates the case study {@code name} in the repository at {@code root}; author mistakes throw {@link AuthorErrors}. */
    public Created create(Path root, String name) {
        if (!isValidName(name)) throw new IllegalArgumentException("invalid name: " + name);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("guide/case-studies/" + name + ".md", "case-study.md");
        files.put("diagrams/" + name + "-serving.puml", "serving.puml");
        files.put("diagrams/" + name + "-sheet.puml", "sheet.puml");
        for (String target : files.keySet()) {
            if (Files.exists(root.resolve(target))) {
                throw AuthorErrors.single(target, 0, "already exists — choose another name, or edit the existing file");
            }
        }
        Path toc = root.resolve(TocEdit.PATH);
        if (!Files.isRegularFile(toc)) throw AuthorErrors.single(TocEdit.PATH, 0, "missing — run the command in the guide's repository (or pass --root)");
        TocEdit.Edited edited = TocEdit.addCaseStudy(read(toc), "case-studies/" + name + ".md");

        Map<String, String> contents = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path template = root.resolve(TEMPLATES + file.getValue());
            if (!Files.isRegularFile(template)) {
                throw AuthorErrors.single(TEMPLATES + file.getValue(), 0, "missing — restore the template from Guidebook's repository");
            }
            contents.put(file.getKey(), read(template).replace("{{id}}", name).replace("{{title}}", title(name)));
        }
        try {
            for (Map.Entry<String, String> file : contents.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            }
            Path staged = toc.resolveSibling(".guide.yml.new");
            Files.writeString(staged, edited.text(), StandardCharsets.UTF_8);
            Files.move(staged, toc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Created(List.copyOf(contents.keySet()), edited.part());
    }

    /** {@code fraud-detection} → {@code Fraud detection}: a starting point the author edits. */
    static String title(String name) {
        String words = name.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
