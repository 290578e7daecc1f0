package org.guidebook.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import java.util.Set;

/**
 * Renders diagram images and diagram fences as {@code <gb-diagram data-id="…">} placeholders; every other
 * image and fence falls through to flexmark's own renderer.
 */
final class DiagramPlaceholderRenderer implements NodeRenderer {
    private final Map<Node, DiagramRef> diagrams;

    DiagramPlaceholderRenderer(Map<Node, DiagramRef> diagrams) {
        this.diagrams = diagrams;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence));
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        if (!placeholder(node, html)) context.delegateRender();
    }

    private void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        if (diagrams.containsKey(node)) {
            html.line();
            placeholder(node, html);
            html.line();
        } else if (!node.getInfo().isBlank() && DiagramFence.isDiagram(node.getInfo().toString())) {
            // A diagram fence whose options were rejected: the problem is reported, render nothing.
            html.line();
        } else {
            context.delegateRender();
        }
    }

    private boolean placeholder(Node node, HtmlWriter html) {
        DiagramRef ref = diagrams.get(node);
        if (ref == null) return false;
        html.raw("<" + MarkdownStage.DIAGRAM_TAG + " data-id=\"" + ref.id() + "\"></" + MarkdownStage.DIAGRAM_TAG + ">");
        return true;
    }
}
