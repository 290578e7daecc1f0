package org.guidebook.enrich;

import org.guidebook.markdown.MarkdownStage;
import org.guidebook.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One chapter's HTML fragment under edit by the enrich passes, with what they need to report problems:
 * the source path and the file line an element came from.
 */
final class Fragment {
    final String source;
    final Element body;
    final Problems problems;
    private final Document document;

    Fragment(String source, String html, Problems problems) {
        this.source = source;
        this.problems = problems;
        this.document = Jsoup.parseBodyFragment(html);
        this.document.outputSettings().prettyPrint(false);
        this.body = document.body();
    }

    private Fragment(Fragment other, Problems problems) {
        this.source = other.source;
        this.problems = problems;
        this.document = other.document;
        this.body = other.body;
    }

    /** The same fragment, reporting into {@code problems} from now on. */
    Fragment reportingTo(Problems problems) {
        return problems == this.problems ? this : new Fragment(this, problems);
    }

    /** The file line of {@code element} or of its nearest ancestor that carries one; 0 if unknown. */
    int lineOf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String line = e.attr(MarkdownStage.LINE_ATTR);
            if (!line.isEmpty()) return Integer.parseInt(line);
        }
        return 0;
    }

    void problem(Element at, String message) {
        problems.add(source, lineOf(at), message);
    }

    /** The fragment's HTML as it stands, line markers kept (to parse it again later). */
    String markedHtml() {
        return body.html();
    }

    /** The fragment's HTML without the line markers. */
    String html() {
        body.select("[" + MarkdownStage.LINE_ATTR + "]").removeAttr(MarkdownStage.LINE_ATTR);
        return body.html();
    }
}
