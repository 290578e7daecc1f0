package org.guidebook.render.cheatsheet;

import java.util.List;
import java.util.regex.Pattern;
import org.guidebook.render.OnePageAnchors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Writes the HTML of a sheet: a header with the title and the prompt, the boxes in the rows the
 * {@link SheetArranger} chose, and a one-line footer. The same markup, styled by the same
 * {@code templates/assets/cheatsheet.css}, is the site page and a page of the PDF booklets; only links differ
 * (a site page lives one folder down; a PDF keeps links to the web only).
 */
final class SheetMarkup {
    /** Where the markup goes. */
    enum Target { SITE, PDF }

    private static final Pattern WEB_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Id prefix of the boxes in the measuring document. */
    static final String MEASURED_BOX = "measure-";

    private final Target target;
    private final String footer;

    /** @param footer plain text for the sheet's last line (guide title, version, licence) */
    SheetMarkup(Target target, String footer) {
        this.target = target;
        this.footer = footer;
    }

    /** The id of the sheet's {@code <article>}; also what the fit check measures. */
    static String sheetId(CheatSheet sheet) {
        return "sheet-" + sheet.id();
    }

    /** The whole sheet as one {@code <article class="sheet">}. */
    String sheet(CheatSheet sheet, List<SheetArranger.Row> rows) {
        Element article = newElement("article").addClass("sheet").id(sheetId(sheet))
                .attr("aria-labelledby", sheetId(sheet) + "-title");
        Element head = article.appendElement("header").addClass("sheet-head");
        head.appendElement("p").addClass("sheet-kicker").text("Cheat sheet");
        head.appendElement("h1").addClass("sheet-title").id(sheetId(sheet) + "-title").text(sheet.title());
        Element lead = head.appendElement("p").addClass("sheet-prompt");
        if (sheet.prompt() != null) {
            lead.appendElement("strong").text("Prompt:");
            lead.appendText(" " + sheet.prompt());
        } else {
            lead.text(sheet.summary());
        }
        if (!sheet.intro().isBlank()) article.appendElement("div").addClass("sheet-intro").append(content(sheet, sheet.intro()));

        for (SheetArranger.Row row : rows) {
            if (row instanceof SheetArranger.Wide wide) {
                article.appendChild(wideBox(sheet, sheet.boxes().get(wide.box())));
            } else if (row instanceof SheetArranger.Columns columns) {
                Element cols = article.appendElement("div").addClass("sheet-cols");
                Element left = cols.appendElement("div").addClass("sheet-col").addClass("sheet-col-left");
                Element right = cols.appendElement("div").addClass("sheet-col").addClass("sheet-col-right");
                for (int i : columns.left()) left.appendChild(box(sheet, sheet.boxes().get(i)));
                for (int i : columns.right()) right.appendChild(box(sheet, sheet.boxes().get(i)));
            }
        }
        article.appendElement("p").addClass("sheet-foot").text(footer);
        return article.outerHtml();
    }

    /**
     * Every box of the sheet that sits in a column, stacked in one left column exactly as wide as a column of
     * the real sheet, each with the id {@code measure-<sheet index>-<box index>}.
     */
    String measuringColumn(CheatSheet sheet, int sheetIndex, List<Boolean> wide) {
        Element article = newElement("article").addClass("sheet");
        Element cols = article.appendElement("div").addClass("sheet-cols");
        Element left = cols.appendElement("div").addClass("sheet-col").addClass("sheet-col-left");
        cols.appendElement("div").addClass("sheet-col").addClass("sheet-col-right");
        for (int i = 0; i < sheet.boxes().size(); i++) {
            if (wide.get(i)) continue;
            left.appendChild(box(sheet, sheet.boxes().get(i)).id(MEASURED_BOX + sheetIndex + "-" + i));
        }
        return article.outerHtml();
    }

    /** An element of a document that serialises as written: no pretty-printing whitespace added to the text. */
    private static Element newElement(String tag) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        return doc.body().appendElement(tag);
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /** True when a box needs the sheet's full width: it holds a diagram, a table or code. */
    static boolean needsFullWidth(CheatSheet.Box box) {
        return !Jsoup.parseBodyFragment(box.html()).body().select("figure, table, pre").isEmpty();
    }

    private Element box(CheatSheet sheet, CheatSheet.Box box) {
        Element section = newElement("section").addClass("box");
        section.appendElement("h2").addClass("box-title").text(box.title());
        section.appendElement("div").addClass("box-body").append(content(sheet, box.html()));
        return section;
    }

    /**
     * A box across the full width: its diagrams first, then the rest; a single list below them is split into
     * two side-by-side halves, so a wide box is not a band of short lines with empty space to their right.
     */
    private Element wideBox(CheatSheet sheet, CheatSheet.Box box) {
        Element section = newElement("section").addClass("box").addClass("box-wide");
        section.appendElement("h2").addClass("box-title").text(box.title());
        Element body = section.appendElement("div").addClass("box-body");
        Element content = parse(content(sheet, box.html()));
        for (Element figure : content.select("> figure")) body.appendChild(figure);
        List<Element> rest = content.children();
        boolean oneList = rest.size() == 1 && rest.get(0).is("ul, ol") && rest.get(0).children().size() >= 2
                && content.textNodes().stream().allMatch(t -> t.isBlank());
        if (!oneList) {
            for (Node n : List.copyOf(content.childNodes())) body.appendChild(n);
            return section;
        }
        Element list = rest.get(0);
        List<Element> items = list.children();
        int half = (items.size() + 1) / 2;
        Element split = body.appendElement("div").addClass("box-split");
        Element first = split.appendElement("div").addClass("box-split-cell").addClass("box-split-left").appendElement(list.tagName());
        Element second = split.appendElement("div").addClass("box-split-cell").addClass("box-split-right").appendElement(list.tagName());
        if (list.is("ol")) second.attr("start", String.valueOf(half + 1));
        for (int i = 0; i < items.size(); i++) (i < half ? first : second).appendChild(items.get(i));
        return section;
    }

    /**
     * A box's HTML made fit for the sheet: diagrams at their printed size and without the caption (it stays
     * the diagram's accessible name), ids made unique across the booklet, links fixed for the target.
     */
    private String content(CheatSheet sheet, String html) {
        Element body = parse(html);
        for (Element figure : body.select("figure.diagram")) {
            figure.select("figcaption").remove();
            figure.removeAttr("id");
            Element svg = figure.selectFirst("svg");
            if (svg != null) SheetDiagrams.applyScale(svg);
        }
        for (Element e : body.select("[id]")) {
            if (e.closest("svg") == null) e.id(OnePageAnchors.anchor(sheet.id(), e.id()));
        }
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            boolean web = WEB_URL.matcher(href).find();
            if (target == Target.PDF) {
                if (!web) a.unwrap();
            } else if (href.startsWith("#")) {
                a.attr("href", "../" + sheet.id() + ".html" + href);
            } else if (!web) {
                a.attr("href", "../" + href);
            }
        }
        return body.html();
    }
}
