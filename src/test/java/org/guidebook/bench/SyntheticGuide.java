package org.guidebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.guidebook.support.FixtureRepo;

/**
 * Writes a large synthetic guide for benchmarks: {@code N} chapters of about 1,500 words each, with h2/h3
 * headings, a table, lists, a code block, a callout, cross-links to other chapters' headings and a
 * check-yourself section, plus optionally {@code D} diagrams of mixed kinds (component/deployment,
 * sequence, activity, use-case and mind map in the proportions 20:15:10:5) referenced from the chapters.
 * Deterministic: the same arguments give the same files.
 *
 * <p>Usage: {@code SyntheticGuide OUTPUT_DIR CHAPTERS [DIAGRAMS]}
 */
public final class SyntheticGuide {
    private static final String[] WORDS = ("model feature embedding ranking retrieval latency budget candidate "
            + "label training serving index vector recall precision calibration drift cache request user item "
            + "query score loss gradient batch online offline metric experiment baseline threshold sample "
            + "negative positive click impression session tower encoder layer store pipeline monitor shard "
            + "replica throughput memory network partition window stream quantile error fairness privacy").split(" ");

    private SyntheticGuide() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int chapters = Integer.parseInt(args[1]);
        int diagrams = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        write(root, chapters, diagrams);
        System.out.println("Wrote " + chapters + " chapters and " + diagrams + " diagrams to " + root);
    }

    public static void write(Path root, int chapters, int diagrams) throws IOException {
        Files.createDirectories(root.resolve("guide/chapters"));
        Files.createDirectories(root.resolve("diagrams"));
        FixtureRepo.copyTree(FixtureRepo.PROJECT.resolve("templates"), root.resolve("templates"));
        Files.copy(FixtureRepo.PROJECT.resolve("diagrams/_style.iuml"), root.resolve("diagrams/_style.iuml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringBuilder yml = new StringBuilder("title: Synthetic Guide\nsubtitle: " + chapters + " generated chapters\n"
                + "authors: [Benchmark]\nlanguage: en\nversion: \"1\"\ndate: \"2026-01-01\"\nname: synthetic\nparts:\n");
        int perPart = 50;
        for (int c = 0; c < chapters; c++) {
            if (c % perPart == 0) yml.append("  - title: Part ").append(c / perPart + 1).append("\n    chapters:\n");
            yml.append("      - chapters/ch").append(c).append(".md\n");
        }
        Files.writeString(root.resolve("guide/guide.yml"), yml);
        for (int d = 0; d < diagrams; d++) Files.writeString(root.resolve("diagrams/d" + d + ".puml"), diagram(d));
        for (int c = 0; c < chapters; c++) {
            Files.writeString(root.resolve("guide/chapters/ch" + c + ".md"), chapter(c, chapters, diagrams));
        }
    }

    static String chapter(int c, int total, int diagrams) {
        Random random = new Random(c);
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: Chapter ").append(c).append(" on ").append(words(random, 2))
                .append("\nsummary: ").append(capital(words(random, 12))).append(".\n---\n");
        md.append(paragraph(random, 60)).append("\n\n");
        for (int s = 0; s < 6; s++) {
            md.append("## Section ").append(s).append(' ').append(words(random, 2)).append("\n\n");
            md.append(paragraph(random, 90)).append("\n\n");
            md.append("### Detail ").append(s).append(' ').append(words(random, 2)).append("\n\n");
            md.append(paragraph(random, 70)).append(" See [section 1 of chapter ").append((c + s + 1) % total)
                    .append("](ch").append((c + s + 1) % total).append(".md).\n\n");
            if (s == 1) {
                md.append("| Option | When it wins | What it costs |\n|---|---|---|\n");
                for (int r = 0; r < 4; r++) {
                    md.append("| ").append(words(random, 2)).append(" | ").append(words(random, 6)).append(" | ")
                            .append(words(random, 5)).append(" |\n");
                }
                md.append('\n');
            }
            if (s == 2) {
                for (int i = 0; i < 5; i++) md.append("- ").append(capital(words(random, 9))).append('\n');
                md.append("\n```python\nscore = model.predict(features)  # ").append(words(random, 4)).append("\n```\n\n");
            }
            if (s == 3) md.append("> [!TIP]\n> ").append(capital(words(random, 20))).append(".\n\n");
            if (s == 4 && diagrams > 0 && c < diagrams) {
                md.append("![Diagram ").append(c).append(": ").append(words(random, 6)).append("](../../diagrams/d")
                        .append(c).append(".puml)\n\n");
            }
        }
        md.append("## Check yourself\n\n");
        for (int q = 0; q < 3; q++) {
            md.append("### Why does ").append(words(random, 4)).append(" matter?\n\n").append(paragraph(random, 25)).append("\n\n");
        }
        return md.toString();
    }

    static String diagram(int d) {
        int kind = d % 50;
        String body;
        if (kind < 20) {
            body = "component \"Client " + d + "\" as c\ncomponent \"Candidate generation\" as cg\ncomponent \"Ranking\" as r\n"
                    + "database \"Feature store\" as fs\nnode \"Model server\" as ms\nqueue \"Events\" as q\n"
                    + "c --> cg : request\ncg --> r : 500 candidates\nfs --> r : features\nr --> ms : batch\nms --> q : logs\n";
        } else if (kind < 35) {
            body = "actor User\nparticipant \"API " + d + "\" as api\nparticipant Ranker\ndatabase Store\n"
                    + "User -> api : query\napi -> Ranker : candidates\nRanker -> Store : features\nStore --> Ranker : rows\n"
                    + "Ranker --> api : scores\napi --> User : results\n";
        } else if (kind < 45) {
            body = "start\n:collect logs " + d + ";\n:build features;\nif (enough labels?) then (yes)\n  :train model;\n"
                    + "else (no)\n  :wait for labels;\nendif\n:evaluate offline;\n:deploy canary;\nstop\n";
        } else {
            body = "actor Reader\nusecase \"Search " + d + "\" as s\nusecase \"Read chapter\" as r\nReader --> s\nReader --> r\n";
        }
        return "@startuml\n!include _style.iuml\n" + body + "@enduml\n";
    }

    private static String paragraph(Random random, int words) {
        return capital(words(random, words)) + ".";
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(' ');
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
