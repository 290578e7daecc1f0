package org.guidebook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import org.guidebook.problem.Problems;

/**
 * Refuses Markdown nested deeper than {@link #MAX_DEPTH} elements (block quotes, lists, emphasis, links —
 * a list item inside a list counts as two) before anything walks the tree. Flexmark parses without
 * recursion, but its HTML renderer, this stage's own walks, Jsoup's serializer and the PDF layout of the
 * cheat sheets recurse once per level: 100,000 nested {@code >} overflowed the stack. No guide needs a
 * quarter of this depth. The walk itself uses an explicit stack.
 */
public final class NestingGuard {
    /** The deepest element allowed, counted from the document. */
    public static final int MAX_DEPTH = 64;

    private NestingGuard() {
    }

    /** Reports the first element deeper than {@link #MAX_DEPTH} at its file line; true when one was found. */
    public static boolean tooDeep(Node document, String source, int lineOffset, Problems problems) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                problems.add(source, node.getLineNumber() + lineOffset, "Markdown is nested more than " + MAX_DEPTH
                        + " levels deep here (lists, block quotes, emphasis inside each other) — flatten it: no"
                        + " reader follows that many levels");
                return true;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return false;
    }
}
