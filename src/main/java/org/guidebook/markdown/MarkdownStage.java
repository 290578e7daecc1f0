package org.guidebook.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.guidebook.model.Chapter;
import org.guidebook.problem.Problems;

/**
 * The {@code markdown} stage: one configured flexmark parser (GFM tables, footnotes, strikethrough, task
 * lists, fenced code with {@code language-*} classes) turns a chapter body into an HTML fragment.
 *
 * <p>Two things are added for later stages: a {@code data-line} attribute (file line) on elements that
 * flexmark renders (links, images, headings, paragraphs, …), and a {@code <gb-diagram>}
 * placeholder where a diagram goes, described by a {@link DiagramRef}. Heading ids are left to the enrich
 * stage, which knows the Git-host slug rules.
 */
public final class MarkdownStage {
    /** Attribute that carries a file line number from here to the enrich stage. */
    public static final String LINE_ATTR = "data-line";
    /** Placeholder element for a diagram; its {@code data-id} names a {@link DiagramRef}. */
    public static final String DIAGRAM_TAG = "gb-diagram";

    private static final NullableDataKey<LineIndex> LINES = new NullableDataKey<>("GUIDEBOOK_LINES");
    private static final DataKey<Integer> LINE_OFFSET = new DataKey<>("GUIDEBOOK_LINE_OFFSET", 0);
    private static final DataKey<Map<Node, DiagramRef>> DIAGRAMS = new DataKey<>("GUIDEBOOK_DIAGRAMS", Map.of());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;

    public MarkdownStage() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br/>\n");
        parser = Parser.builder(options).build();
        // Built once: building a renderer resolves every extension, which cost more than rendering a
        // glossary definition. The per-document line table, line offset and diagrams are read from the document.
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        Document document = context.getDocument();
                        LineIndex lines = LINES.get(document);
                        int offset = LINE_OFFSET.get(document);
                        return (node, part, attributes) -> addLine(node, lines, attributes, offset);
                    }
                })
                .nodeRendererFactory(dataHolder -> new DiagramPlaceholderRenderer(DIAGRAMS.get(dataHolder)))
                .build();
    }

    /** Parses one chapter; problems (e.g. a malformed diagram fence) are reported with file lines. */
    public ParsedChapter parse(Chapter chapter, Problems problems) {
        Document document = DeepStack.call(() -> parser.parse(chapter.markdown()));
        int offset = chapter.bodyLine();
        if (NestingGuard.tooDeep(document, chapter.source(), offset, problems)) return new ParsedChapter("", List.of());
        LineIndex lines = LineIndex.of(document.getChars());
        Map<Node, DiagramRef> diagrams = new IdentityHashMap<>();
        List<DiagramRef> ordered = new ArrayList<>();
        collectDiagrams(document, chapter, lines, offset, diagrams, ordered, problems);
        RawHtmlCheck.check(document, chapter.source(), offset, problems);
        return new ParsedChapter(render(document, lines, offset, diagrams), ordered);
    }

    /**
     * Renders a glossary definition to an HTML fragment, with file lines mapped to the glossary file so that
     * the enrich stage can report a broken link in a definition at its line. Diagrams are not supported here.
     */
    public String definition(org.guidebook.model.Term term) {
        Document document = DeepStack.call(() -> parser.parse(term.definition()));
        return render(document, LineIndex.of(document.getChars()), term.definitionLine(), Map.of());
    }

    /** Renders with the one shared renderer; what differs per document travels on the document itself. */
    private String render(Document document, LineIndex lines, int offset, Map<Node, DiagramRef> diagrams) {
        document.set(LINES, lines);
        document.set(LINE_OFFSET, offset);
        document.set(DIAGRAMS, diagrams);
        return renderer.render(document);
    }

    private static void collectDiagrams(Node node, Chapter chapter, LineIndex lines, int offset,
                                        Map<Node, DiagramRef> found, List<DiagramRef> ordered, Problems problems) {
        for (Node current = node.getFirstChild(); current != null; current = current.getNext()) {
            Node child = current;
            int line = lines.lineOf(child.getStartOffset()) + offset;
            if (child instanceof FencedCodeBlock fence && DiagramFence.isDiagram(fence.getInfo().toString())) {
                DiagramFence.parseCaption(fence.getInfo().toString(), chapter.source(), line, problems)
                        .ifPresent(caption -> add(found, ordered, child, new DiagramRef(
                                nextId(chapter, ordered), null, fence.getContentChars().toString(), line + 1, caption)));
            } else if (child instanceof Image image && image.getUrl().toString().endsWith(".puml")) {
                String caption = image.getText().toString().strip();
                if (caption.isEmpty()) {
                    problems.add(chapter.source(), line, "diagram `" + image.getUrl() + "` has no caption — write"
                            + " the caption as alt text: ![What the diagram shows](" + image.getUrl() + ")");
                }
                add(found, ordered, child, new DiagramRef(nextId(chapter, ordered), image.getUrl().toString(),
                        null, line, caption));
            }
            collectDiagrams(child, chapter, lines, offset, found, ordered, problems);
        }
    }

    private static void add(Map<Node, DiagramRef> found, List<DiagramRef> ordered, Node node, DiagramRef ref) {
        found.put(node, ref);
        ordered.add(ref);
    }

    private static String nextId(Chapter chapter, List<DiagramRef> ordered) {
        return chapter.id() + "-diagram-" + (ordered.size() + 1);
    }

    private static void addLine(Node node, LineIndex lines, MutableAttributes attributes, int offset) {
        // Every element gets its line: any of them can be where an author error is found later.
        attributes.replaceValue(LINE_ATTR, String.valueOf(lines.lineOf(node.getStartOffset()) + offset));
    }
}
