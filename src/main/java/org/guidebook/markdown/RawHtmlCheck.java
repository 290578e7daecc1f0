package org.guidebook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.problem.Problems;

/**
 * Checks the raw HTML an author wrote inside Markdown. A browser repairs unbalanced tags silently, but the
 * EPUB's chapters are XHTML, and e-book readers reject what is not well-formed or not HTML; a repaired tree
 * also differs from what the author meant. So every opening tag must be closed, in order, within the same
 * paragraph (inline HTML) or the chapter (HTML blocks), and only body elements of HTML are allowed.
 */
final class RawHtmlCheck {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            // Possessive, so that Java's matcher neither backtracks nor recurses once per character of a long tag.
            "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>");
    /** The deepest raw HTML nesting allowed; with {@link NestingGuard}'s bound it keeps every tree walk shallow. */
    static final int MAX_DEPTH = 32;
    private static final Set<String> VOID = Set.of("area", "br", "col", "hr", "img", "source", "track", "wbr");
    private static final Set<String> NOT_ALLOWED = Set.of("script", "style", "iframe", "object", "embed", "form",
            "input", "button", "select", "textarea", "link", "meta", "base", "frame", "frameset");
    private static final Set<String> ELEMENTS = Set.of("a", "abbr", "address", "article", "aside", "b", "bdi", "bdo",
            "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn",
            "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
            "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");

    private final String source;
    private final int offset;
    private final Problems problems;

    private RawHtmlCheck(String source, int offset, Problems problems) {
        this.source = source;
        this.offset = offset;
        this.problems = problems;
    }

    /** An opening tag waiting for its end tag. */
    private record Open(String name, int line) {
    }

    /**
     * Checks every HTML block (as one stream of tags, since {@code <div>} and {@code </div>} may stand in
     * different blocks around Markdown) and the inline HTML of each paragraph, heading or cell (which must
     * balance inside that block). {@code offset} maps flexmark's 0-based lines to file lines.
     */
    static void check(Node document, String source, int offset, Problems problems) {
        RawHtmlCheck check = new RawHtmlCheck(source, offset, problems);
        Deque<Open> blockStack = new ArrayDeque<>();
        // Identity, not equals: flexmark nodes may compare by content, and two equal paragraphs stay apart.
        Map<Node, List<HtmlInline>> inlineByBlock = new IdentityHashMap<>();
        List<List<HtmlInline>> groups = new ArrayList<>();
        collect(document, check, blockStack, inlineByBlock, groups);
        check.unclosed(blockStack, "before the end of the chapter");
        for (List<HtmlInline> inline : groups) {
            Deque<Open> stack = new ArrayDeque<>();
            for (HtmlInline node : inline) check.tags(node.getChars().toString(), node.getLineNumber() + offset, stack);
            check.unclosed(stack, "in the same paragraph");
        }
        SchemeCheck.check(document, source, offset, problems);
    }

    private static void collect(Node node, RawHtmlCheck check, Deque<Open> blockStack,
                                Map<Node, List<HtmlInline>> inlineByBlock, List<List<HtmlInline>> groups) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock block) {
                check.tags(block.getChars().toString(), block.getLineNumber() + check.offset, blockStack);
            } else if (child instanceof HtmlInline inline) {
                Node owner = inline.getAncestorOfType(Block.class);
                inlineByBlock.computeIfAbsent(owner, k -> {
                    List<HtmlInline> group = new ArrayList<>();
                    groups.add(group);
                    return group;
                }).add(inline);
            }
            collect(child, check, blockStack, inlineByBlock, groups);
        }
    }

    private void tags(String html, int firstLine, Deque<Open> stack) {
        String text = blankComments(html);
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            int line = firstLine + count(text, m.start());
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String written = m.group(0).length() > 40 ? "<" + m.group(1) + m.group(2) + "…>" : m.group(0);
            if (NOT_ALLOWED.contains(name)) {
                problems.add(source, line, "raw HTML `" + written + "` is not allowed — the guide's pages and e-book"
                        + " carry no scripts, styles, frames or forms of their own; write it in Markdown");
                continue;
            }
            if (!ELEMENTS.contains(name)) {
                problems.add(source, line, "`<" + m.group(1) + m.group(2) + ">` is not an HTML element, and e-book"
                        + " readers reject unknown elements — put it in backticks or escape it as \\<" + m.group(2) + ">");
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            if (!closing) {
                boolean selfClosing = m.group(3).endsWith("/");
                String attributes = selfClosing ? m.group(3).substring(0, m.group(3).length() - 1) : m.group(3);
                for (String problem : HtmlAttributes.problems(name, attributes)) problems.add(source, line, problem);
                if (!VOID.contains(name) && !selfClosing) stack.push(new Open(name, line));
                if (stack.size() == MAX_DEPTH + 1) {
                    problems.add(source, line, "raw HTML is nested more than " + MAX_DEPTH + " elements deep here —"
                            + " flatten it (later stages and e-book readers walk the tree level by level)");
                }
                continue;
            }
            if (stack.isEmpty() || stack.stream().noneMatch(o -> o.name().equals(name))) {
                problems.add(source, line, "raw HTML `</" + name + ">` has no opening tag — remove it or add `<"
                        + name + ">` before it");
                continue;
            }
            Open top = stack.pop();
            if (!top.name().equals(name)) {
                problems.add(source, line, "raw HTML `</" + name + ">` closes `<" + top.name() + ">` (opened on line "
                        + top.line() + ") — close tags in the reverse order they were opened, so the e-book's XHTML"
                        + " is well-formed");
                while (!stack.isEmpty() && !stack.peek().name().equals(name)) stack.pop();
                if (!stack.isEmpty()) stack.pop();
            }
        }
    }

    private void unclosed(Deque<Open> stack, String where) {
        for (Open open : stack) {
            problems.add(source, open.line(), "raw HTML `<" + open.name() + ">` is never closed — add `</" + open.name()
                    + "> " + where + ", so the e-book's XHTML is well-formed");
        }
        stack.clear();
    }

    /** Replaces comments by spaces (keeping newlines), so tags inside them are ignored and lines still count. */
    private static String blankComments(String html) {
        Matcher m = COMMENT.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        m.appendTail(out);
        return out.toString();
    }

    private static int count(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') lines++;
        return lines;
    }
}
