package org.guidebook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guidebook.problem.Problems;

/**
 * Reads typed fields out of one YAML mapping and reports what is missing, mistyped or unknown, each at its
 * own line. A field that cannot be read yields its default so that validation continues and all problems
 * of a file are reported in one run.
 */
final class MappingReader {
    private final YamlDoc mapping;
    private final Map<String, YamlDoc> entries;
    private final Problems problems;
    private final String what;

    MappingReader(YamlDoc mapping, String what, Problems problems) {
        this.mapping = mapping;
        this.entries = mapping.isMapping() ? mapping.entries() : Map.of();
        this.problems = problems;
        this.what = what;
        if (!mapping.isMapping()) {
            problems.add(mapping.path(), mapping.line(), what + " must be a mapping of `key: value` lines — write one `key: value` per line"
                    + " (see README, \"Authoring\")");
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    YamlDoc node(String key) {
        return entries.get(key);
    }

    /** A required non-blank string; reports "missing" with an example of what to write. */
    String required(String key, String example) {
        String value = optional(key, null);
        if (value == null || value.isBlank()) {
            if (!entries.containsKey(key) || value != null) {
                int line = entries.containsKey(key) ? entries.get(key).line() : mapping.line();
                problems.add(mapping.path(), line, what + " has no `" + key + "` — add `" + key + ": " + example + "`");
            }
            return "";
        }
        return value.strip();
    }

    /** Reports a problem at the line of {@code key}'s value (or of the mapping when the key is absent). */
    void problem(String key, String message) {
        int line = entries.containsKey(key) ? entries.get(key).line() : mapping.line();
        problems.add(mapping.path(), line, message);
    }

    /** An optional string, or {@code fallback} when absent. */
    String optional(String key, String fallback) {
        YamlDoc value = entries.get(key);
        if (value == null) return fallback;
        if (!value.isScalar()) {
            problems.add(mapping.path(), value.line(), "`" + key + "` must be a single value, not a list or mapping — write `" + key
                    + ": text` on one line (quote text that contains `: `)");
            return fallback;
        }
        return value.text();
    }

    /** A list of strings; a single scalar is accepted as a one-item list. */
    List<String> list(String key) {
        YamlDoc value = entries.get(key);
        if (value == null) return List.of();
        if (value.isScalar()) return value.text().isBlank() ? List.of() : List.of(value.text());
        if (!value.isSequence()) {
            problems.add(mapping.path(), value.line(), "`" + key + "` must be a list — write it like `" + key + ": [a, b]`");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (YamlDoc item : value.items()) {
            if (item.isScalar()) result.add(item.text());
            else problems.add(mapping.path(), item.line(), "items of `" + key + "` must be plain text — write each item as a word or a quoted"
                    + " string, not a list or mapping");
        }
        return result;
    }

    /** Reports every key not in {@code allowed}, listing the allowed ones. */
    void rejectUnknownKeys(Set<String> allowed) {
        if (!mapping.isMapping()) return;
        mapping.keyLines().forEach((key, line) -> {
            if (!allowed.contains(key)) {
                problems.add(mapping.path(), line, "unknown key `" + key + "` in " + what
                        + " — use one of: " + String.join(", ", new TreeSet<>(allowed)));
            }
        });
    }
}
