package org.guidebook.enrich;

import org.jsoup.nodes.Element;

/**
 * Makes each code block a tab stop: a long line scrolls the block sideways, and a region that scrolls must be
 * reachable from the keyboard to be scrolled without a mouse (axe's {@code scrollable-region-focusable}). The
 * block's text is what a screen reader reads on focus, so it needs no other name; the theme's focus ring shows
 * where focus is.
 */
final class CodeBlocks {
    private CodeBlocks() {
    }

    static void apply(Fragment fragment) {
        for (Element pre : fragment.body.select("pre")) pre.attr("tabindex", "0");
    }
}
