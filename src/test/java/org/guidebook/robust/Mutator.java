package org.guidebook.robust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded mutator of a guide: given the files of a valid guide, it returns a copy with one to three
 * mutations, each in a random file. Byte mutations (flip, insert, delete, duplicate a range, truncate) make
 * invalid UTF-8, NUL bytes and broken syntax; token mutations insert pieces that mean something to one of
 * the parsers (YAML indicators, aliases and tags, Markdown containers, raw HTML and XSS payloads, diagram
 * fences and PlantUML directives, BOM and CR); structural mutations repeat a line or a token many times
 * (deep nesting, long lines), empty or delete a file. The same seed gives the same mutants.
 */
final class Mutator {
    static final List<String> TOKENS = List.of(
            "\n", "\r\n", "\r", "\u0000", "\uFEFF", "\t", " ", "---\n", ": ", "- ", "? ", "[", "]", "{", "}", ",",
            "&a ", "*a", "&a [1, 2]\nb: *a\n", "!!java.net.URL [\"http://x\"]", "!!python/object:os.system", "!foo ",
            "\"", "'", "|\n", ">\n", "#", "%YAML 1.1\n", "null", "~", "[]", "{}", "123", "1e400", "true",
            "title:", "parts:", "chapters:", "summary:", "kind: case-study\n", "id: index\n", "term:", "definition:",
            "abbr:", "see:", "tags:", "base-url:", "date: 2026-02-30\n",
            "> ", "> > > ", "* ", "1. ", "    ", "```", "~~~", "```plantuml caption=\"C\"\n", "```\n", "***", "___",
            "**", "_", "`", "[x](", ")", "![", "](", "[^1]", "[^1]: ", "|", "|---|", "\\", "&#0;", "&#x110000;", "&amp",
            "<div>", "</div>", "<span>", "</span>", "<p>", "<!--", "-->", "<br/>", "<table>", "<td>", "<svg>",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>", "[x](javascript:alert(1))", "<javascript:alert(1)>",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)", "<img src=\"//evil.example/x.png\" alt=\"x\">",
            "<iframe src=\"https://evil.example\"></iframe>", "<details open ontoggle=alert(1)>", "<p style=\"x\">",
            "[x](../../../../etc/passwd)", "![x](/etc/passwd)", "[x](file:///etc/passwd)", "{#id}", "{#index}",
            "## ", "# ", "### Check yourself\n", "## Cheat sheet\n",
            "@startuml\n", "@enduml\n", "!include _style.iuml\n", "!include ../guide/guide.yml\n", "!include flow.puml\n",
            "!includeurl http://x\n", "%getenv(\"HOME\")", "[[javascript:alert(1)]]", "[[http://evil.example]]",
            "component x\n", "a -> b\n", "<$sprite>", "sprite $s <svg><script>alert(1)</script></svg>\n", "!pragma layout dot\n",
            "\u202E", "\uD83D\uDE00", "\u00e9", "\u0085", "\u2028");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A mutant of {@code files} (path → bytes); a null value means the file is deleted. */
    Map<String, byte[]> mutate(Map<String, byte[]> files) {
        Map<String, byte[]> mutant = new TreeMap<>(files);
        List<String> paths = new ArrayList<>(files.keySet());
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String path = pick(paths);
            byte[] bytes = mutant.get(path);
            if (bytes == null) continue;
            mutant.put(path, random.nextInt(40) == 0 ? null : mutateOne(bytes));
        }
        return mutant;
    }

    /** Picks a file, text files of the guide far more often than the picture. */
    private String pick(List<String> paths) {
        while (true) {
            String path = paths.get(random.nextInt(paths.size()));
            int weight = path.endsWith(".md") || path.endsWith(".yml") ? 10 : path.endsWith("uml") ? 3 : 1;
            if (random.nextInt(10) < weight) return path;
        }
    }

    private byte[] mutateOne(byte[] bytes) {
        int n = bytes.length;
        int at = n == 0 ? 0 : random.nextInt(n + 1);
        switch (random.nextInt(12)) {
            case 0: { // flip one byte
                if (n == 0) return bytes;
                byte[] copy = bytes.clone();
                copy[Math.min(at, n - 1)] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 1: { // insert random bytes
                byte[] junk = new byte[1 + random.nextInt(8)];
                random.nextBytes(junk);
                return splice(bytes, at, at, junk);
            }
            case 2: { // delete a range
                int end = Math.min(n, at + 1 + random.nextInt(40));
                return splice(bytes, at, end, new byte[0]);
            }
            case 3: { // duplicate a range
                int end = Math.min(n, at + 1 + random.nextInt(200));
                byte[] range = java.util.Arrays.copyOfRange(bytes, at, end);
                return splice(bytes, end, end, range);
            }
            case 4: // truncate
                return java.util.Arrays.copyOf(bytes, at);
            case 5: // empty
                return random.nextBoolean() ? new byte[0] : " \n\t\n".getBytes(StandardCharsets.UTF_8);
            case 6: { // a token repeated many times: deep nesting or a long line
                String token = TOKENS.get(random.nextInt(TOKENS.size()));
                int times = new int[]{10, 70, 300, 3_000, 30_000}[random.nextInt(5)];
                return splice(bytes, lineStart(bytes, at), lineStart(bytes, at), token.repeat(times).getBytes(StandardCharsets.UTF_8));
            }
            case 7: { // a line repeated, each time indented one step more (nested lists, quotes, YAML)
                int start = lineStart(bytes, at);
                int end = lineEnd(bytes, start);
                String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                String prefix = new String[]{"  ", "> ", "- ", "  - ", "<div>", "* "}[random.nextInt(6)];
                StringBuilder nested = new StringBuilder();
                int times = new int[]{5, 40, 200, 2_000}[random.nextInt(4)];
                for (int i = 1; i <= times; i++) nested.append(prefix.repeat(i)).append(line).append('\n');
                return splice(bytes, start, start, nested.toString().getBytes(StandardCharsets.UTF_8));
            }
            case 8: // convert line ends to CRLF and add a BOM: must not change anything
                return ("\uFEFF" + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
            default: { // insert a token (three chances in twelve)
                String token = TOKENS.get(random.nextInt(TOKENS.size()));
                return splice(bytes, at, at, token.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static int lineStart(byte[] bytes, int at) {
        int i = Math.min(at, bytes.length);
        while (i > 0 && bytes[i - 1] != '\n') i--;
        return i;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') i++;
        return i;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }
}
