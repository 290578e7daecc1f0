package org.guidebook.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.problem.Problems;

/**
 * The info string of a fenced diagram block: {@code plantuml caption="What it shows"}. {@code \"} escapes a
 * quote inside the caption; any other key, or a missing caption, is an error.
 */
final class DiagramFence {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([A-Za-z][\\w-]*)=\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    private DiagramFence() {
    }

    static boolean isDiagram(String info) {
        String language = info.strip().split("\\s+", 2)[0];
        return language.equals("plantuml") || language.equals("puml");
    }

    static Optional<String> parseCaption(String info, String path, int line, Problems problems) {
        String rest = info.strip().replaceFirst("^\\S+", "");
        String caption = null;
        Matcher m = ATTRIBUTE.matcher(rest);
        int at = 0;
        while (at < rest.length() && m.find(at) && m.start() == at) {
            String key = m.group(1);
            if (!key.equals("caption")) {
                problems.add(path, line, "unknown diagram option `" + key + "` — the only option is caption=\"…\"");
            } else {
                caption = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\").strip();
            }
            at = m.end();
        }
        if (!rest.substring(at).isBlank()) {
            problems.add(path, line, "cannot read the diagram options `" + rest.strip() + "` — write ```plantuml caption=\"What the diagram shows\"");
            return Optional.empty();
        }
        if (caption == null || caption.isEmpty()) {
            problems.add(path, line, "diagram has no caption — write ```plantuml caption=\"What the diagram shows\"");
            return Optional.empty();
        }
        return Optional.of(caption);
    }
}
