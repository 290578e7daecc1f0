package org.guidebook.enrich;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Replaces the disabled checkboxes of task lists with a text mark and an accessible name. A form control a
 * reader cannot use has no place in a book; screen readers announce "done" or "to do" instead, and the EPUB
 * carries no form elements.
 */
final class TaskLists {
    private TaskLists() {
    }

    static void apply(Fragment fragment) {
        for (Element box : fragment.body.select("li.task-list-item > input[type=checkbox]")) {
            boolean done = box.hasAttr("checked");
            Element mark = new Element("span").addClass("task-mark").addClass(done ? "task-done" : "task-open")
                    .attr("role", "img").attr("aria-label", done ? "Done:" : "To do:").text(done ? "☑" : "☐");
            box.replaceWith(mark);
            if (mark.nextSibling() instanceof TextNode text) {
                text.text(" " + text.getWholeText().replaceFirst("^[\\s\\u00A0]+", ""));
            }
        }
    }
}
