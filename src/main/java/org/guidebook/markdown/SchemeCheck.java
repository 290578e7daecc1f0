package org.guidebook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.guidebook.problem.Problems;

/**
 * Markdown links and images whose URL would run code: flexmark drops a {@code javascript:} link's target
 * silently (the text stays, the link goes), which hides the author's mistake; this reports it at its line.
 * Other schemes are checked, with the resolved targets, by the enrich stage. Walks without recursion (the
 * tree's depth is bounded by {@link NestingGuard} before this runs, but the walk does not depend on it).
 */
final class SchemeCheck {
    private static final Set<String> CODE = Set.of("javascript", "vbscript", "data");

    private SchemeCheck() {
    }

    static void check(Node document, String source, int offset, Problems problems) {
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            String url = node instanceof Link l ? l.getUrl().toString() : node instanceof AutoLink a ? a.getText().toString()
                    : null;
            if (url != null) {
                String clean = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                int colon = clean.indexOf(':');
                String scheme = colon > 0 ? clean.substring(0, colon) : "";
                if (CODE.contains(scheme)) {
                    String shown = url.length() > 40 ? url.substring(0, 40) + "…" : url;
                    problems.add(source, node.getLineNumber() + offset, "link `" + shown + "` uses the `" + scheme
                            + ":` scheme, which runs code or hides content — link with a relative path or an http(s)"
                            + " address");
                }
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) nodes.push(child);
        }
    }
}
