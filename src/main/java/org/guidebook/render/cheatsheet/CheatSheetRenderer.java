package org.guidebook.render.cheatsheet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Meta;
import org.guidebook.problem.Problems;
import org.guidebook.render.Downloads;
import org.guidebook.render.PageContext;
import org.guidebook.render.Pages;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;
import org.guidebook.render.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The cheat sheets: one printed page per chapter that has a {@code ## Cheat sheet} section. Makes a site page
 * per sheet ({@code cheatsheets/<id>.html}), an index page ({@code cheatsheets/index.html}) and two PDF
 * booklets, A4 and US Letter, one sheet per page, offered on the home page with their sizes.
 *
 * <p>The fit check is real layout: every sheet is laid out by openhtmltopdf, in the same frame and with the
 * same fonts as its PDF page, and a sheet taller than the frame fails the build with its {@code path:line},
 * by how much, and what to cut. Type sizes are fixed; nothing is shrunk to fit.
 */
public final class CheatSheetRenderer implements Renderer {
    /** The folder of the sheets' site pages. */
    public static final String FOLDER = "cheatsheets/";
    /** The index of the sheets, which the home page links. */
    public static final String INDEX = FOLDER + "index.html";
    /** Space below each box (the CSS's {@code .box} bottom margin), counted when balancing columns. */
    private static final double BOX_GAP_MM = 2.4;
    /** Height of one line of body text (9.5 pt × 1.3, as in cheatsheet.css), to tell authors how many lines to cut. */
    private static final double LINE_MM = 9.5 * 1.3 * 25.4 / 72;

    @Override
    public String name() {
        return "cheat sheets";
    }

    @Override
    public void render(RenderContext context) {
        Book book = context.book();
        Problems problems = new Problems();
        List<CheatSheet> sheets = new ArrayList<>();
        for (Chapter chapter : book.chapters()) SheetSection.of(chapter, problems).ifPresent(sheets::add);
        for (CheatSheet sheet : sheets) {
            checkGlyphs(sheet, problems);
            checkDiagrams(sheet, problems);
        }
        problems.throwIfAny();
        if (sheets.isEmpty()) return;

        Theme theme = context.theme();
        String css = theme.assetText("cheatsheet.css");
        Meta meta = book.meta();
        String footer = meta.title() + (meta.version() == null || meta.version().isBlank() ? "" : " · version " + meta.version())
                + (meta.license() == null || meta.license().isBlank() ? "" : " · " + meta.license());
        SheetMarkup pdfMarkup = new SheetMarkup(SheetMarkup.Target.PDF, footer);

        List<List<SheetArranger.Row>> arrangements = arrange(sheets, pdfMarkup, theme, css, meta);
        checkFit(sheets, arrangements, pdfMarkup, theme, css, meta, problems);
        problems.throwIfAny();

        for (Paper paper : Paper.values()) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < sheets.size(); i++) body.append(pdfMarkup.sheet(sheets.get(i), arrangements.get(i))).append('\n');
            String html = document(theme, meta, meta.title() + ": cheat sheets", body.toString(), css + "\n" + paper.pageRule());
            Typesetter.Pdf pdf = Typesetter.pdf(html, info(meta, paper, published(meta)));
            if (pdf.pages() != sheets.size()) {
                throw new IllegalStateException("the " + paper.title + " booklet has " + pdf.pages() + " pages for "
                        + sheets.size() + " sheets, although every sheet passed the fit check");
            }
            context.output().bytes(Downloads.cheatSheets(meta, paper.slug()), pdf.bytes());
        }
        writePages(context, sheets, arrangements, footer);
    }

    /** Measures every column box, then splits each sheet's boxes into balanced rows. */
    private static List<List<SheetArranger.Row>> arrange(List<CheatSheet> sheets, SheetMarkup markup, Theme theme,
                                                         String css, Meta meta) {
        List<List<Boolean>> wide = sheets.stream()
                .map(s -> s.boxes().stream().map(SheetMarkup::needsFullWidth).toList()).toList();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) body.append(markup.measuringColumn(sheets.get(i), i, wide.get(i)));
        Map<String, Double> heights = Typesetter.heights(document(theme, meta, "measure", body.toString(),
                css + "\n" + MEASURING_PAGE), SheetMarkup.MEASURED_BOX);
        List<List<SheetArranger.Row>> arrangements = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            List<Double> boxHeights = new ArrayList<>();
            for (int b = 0; b < sheets.get(i).boxes().size(); b++) {
                Double h = heights.get(SheetMarkup.MEASURED_BOX + i + "-" + b);
                boxHeights.add(h == null ? 0 : h + BOX_GAP_MM);
            }
            arrangements.add(SheetArranger.arrange(wide.get(i), boxHeights));
        }
        return arrangements;
    }

    /** A page far taller than any sheet, one sheet per page, so no measured box is ever cut by a page break. */
    private static final String MEASURING_PAGE = "@page { size: " + Paper.num(Paper.LETTER.widthMm) + "mm 1000mm; margin: 0; }\n"
            + ".booklet .sheet { page-break-before: always; }";

    private static void checkFit(List<CheatSheet> sheets, List<List<SheetArranger.Row>> arrangements, SheetMarkup markup,
                                 Theme theme, String css, Meta meta, Problems problems) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) body.append(markup.sheet(sheets.get(i), arrangements.get(i)));
        Map<String, Double> heights = Typesetter.heights(document(theme, meta, "measure", body.toString(),
                css + "\n" + MEASURING_PAGE), "sheet-");
        for (CheatSheet sheet : sheets) {
            Double height = heights.get(SheetMarkup.sheetId(sheet));
            if (height == null) throw new IllegalStateException("sheet " + sheet.id() + " was not laid out");
            double over = height - Paper.FRAME_HEIGHT_MM;
            if (over > 0) {
                int lines = (int) Math.ceil(over / LINE_MM);
                problems.add(sheet.source(), sheet.line(), String.format(Locale.ROOT,
                        "the cheat sheet \"%s\" does not fit its printed page: it is %.1f mm tall, %.1f mm (about %d line%s)"
                                + " more than the %.0f mm a page holds at a legible type size — cut text from its boxes"
                                + " (short fragments, at most six bullets a box) until it fits",
                        sheet.title(), height, over, lines, lines == 1 ? "" : "s", Paper.FRAME_HEIGHT_MM));
            }
        }
    }

    /** Every character must be in the PDF's fonts; otherwise the printed page would show a placeholder. */
    private static void checkGlyphs(CheatSheet sheet, Problems problems) {
        StringBuilder text = new StringBuilder(sheet.title()).append(sheet.prompt() == null ? sheet.summary() : sheet.prompt());
        StringBuilder diagramText = new StringBuilder();
        for (String html : boxesAndIntro(sheet)) {
            Element body = Jsoup.parseBodyFragment(html).body();
            for (Element svg : body.select("svg")) {
                diagramText.append(svg.select("text").text());
                svg.remove();
            }
            text.append(body.text());
        }
        for (CheatSheet.Box box : sheet.boxes()) text.append(box.title());
        StringBuilder missing = new StringBuilder();
        missing(text.toString(), false, missing);
        missing(diagramText.toString(), true, missing);
        if (missing.length() > 0) {
            problems.add(sheet.source(), sheet.line(), "the cheat sheet uses " + missing + ", which its PDF fonts ("
                    + SheetFonts.SANS + ", DejaVu Sans in text) cannot print — write it another way");
        }
    }

    private static List<String> boxesAndIntro(CheatSheet sheet) {
        List<String> html = new ArrayList<>(List.of(sheet.intro()));
        for (CheatSheet.Box box : sheet.boxes()) html.add(box.html());
        return html;
    }

    private static void missing(String text, boolean inDiagram, StringBuilder out) {
        text.codePoints().distinct().sorted().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0xA0 || SheetFonts.canPrint(cp, inDiagram)) return;
            if (out.length() > 0) out.append(", ");
            out.append('"').appendCodePoint(cp).append("\" (U+").append(String.format(Locale.ROOT, "%04X", cp)).append(')');
            if (inDiagram) out.append(" in a diagram");
        });
    }

    private static void checkDiagrams(CheatSheet sheet, Problems problems) {
        for (CheatSheet.Box box : sheet.boxes()) {
            for (Element svg : Jsoup.parseBodyFragment(box.html()).select("figure svg")) {
                double smallest = SheetDiagrams.smallestTextPt(svg);
                if (smallest > 0 && smallest < SheetDiagrams.MIN_TEXT_PT) {
                    problems.add(sheet.source(), sheet.line(), String.format(Locale.ROOT,
                            "the cheat-sheet diagram \"%s\" is too wide for the page: its smallest text would print at"
                                    + " %.1f pt (%.0f pt is the legible minimum) — draw it narrower (fewer boxes side by"
                                    + " side, or top to bottom)", svg.attr("aria-label"), smallest, SheetDiagrams.MIN_TEXT_PT));
                }
            }
        }
    }

    private void writePages(RenderContext context, List<CheatSheet> sheets, List<List<SheetArranger.Row>> arrangements,
                            String footer) {
        Book book = context.book();
        Theme theme = context.theme();
        // The sheets' pages offer the booklets, and no other download.
        List<String> booklets = java.util.Arrays.stream(Paper.values()).map(p -> Downloads.cheatSheets(book.meta(), p.slug())).toList();
        List<PageContext.Download> downloads = Downloads.of(context.output()).stream()
                .filter(d -> booklets.contains(d.url())).toList();
        PageContext.Site site = Pages.site(book.meta(), downloads, List.of());
        SheetMarkup markup = new SheetMarkup(SheetMarkup.Target.SITE, footer);
        for (int i = 0; i < sheets.size(); i++) {
            CheatSheet sheet = sheets.get(i);
            Chapter chapter = book.chapter(sheet.id()).orElseThrow();
            PageContext.Link prev = i == 0 ? null : new PageContext.Link(sheets.get(i - 1).id() + ".html", sheets.get(i - 1).title(), 0);
            PageContext.Link next = i + 1 == sheets.size() ? null
                    : new PageContext.Link(sheets.get(i + 1).id() + ".html", sheets.get(i + 1).title(), 0);
            PageContext page = new PageContext(site, "../", "cheatsheet", sheet.id(), sheet.title() + ": cheat sheet",
                    sheet.prompt() != null ? sheet.prompt() : sheet.summary(), markup.sheet(sheet, arrangements.get(i)),
                    Pages.card(chapter, Pages.partOf(book, chapter), "../" + chapter.page()), List.of(), prev, next,
                    List.of(), "");
            context.output().text(FOLDER + sheet.id() + ".html", theme.render("cheatsheet", page));
        }
        List<String> ids = sheets.stream().map(CheatSheet::id).toList();
        List<PageContext.PartView> parts = Pages.parts(book, c -> c.id() + ".html").stream()
                .map(p -> new PageContext.PartView(p.title(), p.anchor(),
                        p.chapters().stream().filter(c -> ids.contains(c.id())).toList()))
                .filter(p -> !p.chapters().isEmpty()).toList();
        PageContext index = new PageContext(site, "../", "cheatsheets", "cheatsheets", "Cheat sheets",
                "One printable page per case study: requirements, framing, data, model, metrics, serving, pitfalls.",
                "", null, List.of(), null, null, parts, "");
        context.output().text(INDEX, theme.render("cheatsheets", index));
    }

    private static String document(Theme theme, Meta meta, String title, String body, String css) {
        PageContext page = new PageContext(Pages.site(meta), "", "booklet", "booklet", title, "", body, null,
                List.of(), null, null, List.of(), css);
        return theme.render("cheatsheet-booklet", page);
    }

    /** The guide's {@code date} at midnight UTC (null without a valid date): the one time a PDF records. */
    private static Instant published(Meta meta) {
        try {
            return LocalDate.parse(meta.date() == null ? "" : meta.date().strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Fixed metadata: the publication time, never the clock, and a document id derived from the guide's identifier. */
    private static Typesetter.Info info(Meta meta, Paper paper, Instant published) {
        Calendar created = null;
        if (published != null) {
            created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(published.toEpochMilli());
        }
        long id = UUID.nameUUIDFromBytes((meta.identifier() + "/cheatsheets/" + paper.slug()).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        return new Typesetter.Info(meta.title() + ": cheat sheets (" + paper.title + ")", String.join(", ", meta.authors()),
                "One page per cheat sheet, " + paper.title + " paper", created, id);
    }
}
