package org.guidebook.render.cheatsheet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
            SheetChecks.glyphs(sheet, problems);
            SheetChecks.diagrams(sheet, problems);
        }
        problems.throwIfAny();
        if (sheets.isEmpty()) return;

        Theme theme = context.theme();
        String css = theme.assetText("cheatsheet.css");
        Meta meta = book.meta();
        String footer = meta.title() + (meta.version() == null || meta.version().isBlank() ? "" : " · version " + meta.version())
                + (meta.license() == null || meta.license().isBlank() ? "" : " · " + meta.license());
        SheetMarkup pdfMarkup = new SheetMarkup(SheetMarkup.Target.PDF, footer);

        TypesetStore typeset = new TypesetStore(context.store());
        List<List<SheetArranger.Row>> arrangements = arrange(sheets, pdfMarkup, theme, css, meta, typeset);
        checkFit(sheets, arrangements, pdfMarkup, theme, css, meta, problems, typeset);
        problems.throwIfAny();

        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) body.append(pdfMarkup.sheet(sheets.get(i), arrangements.get(i))).append('\n');
        // The two papers are independent layouts: typeset them at the same time.
        java.util.Arrays.stream(Paper.values()).parallel().forEach(paper -> {
            String html = document(theme, meta, meta.title() + ": cheat sheets", body.toString(), css + "\n" + paper.pageRule());
            Typesetter.Pdf pdf = typeset.pdf(html, info(meta, paper, context.published()));
            if (pdf.pages() != sheets.size()) {
                throw new IllegalStateException("the " + paper.title + " booklet has " + pdf.pages() + " pages for "
                        + sheets.size() + " sheets, although every sheet passed the fit check");
            }
            context.output().bytes(Downloads.cheatSheets(meta, paper.slug()), pdf.bytes());
        });
        SheetPages.write(context, sheets, arrangements, footer);
    }

    /** Measures every column box, then splits each sheet's boxes into balanced rows. */
    private static List<List<SheetArranger.Row>> arrange(List<CheatSheet> sheets, SheetMarkup markup, Theme theme,
                                                         String css, Meta meta, TypesetStore typeset) {
        List<List<Boolean>> wide = sheets.stream()
                .map(s -> s.boxes().stream().map(SheetMarkup::needsFullWidth).toList()).toList();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) body.append(markup.measuringColumn(sheets.get(i), i, wide.get(i)));
        Map<String, Double> heights = typeset.heights(document(theme, meta, "measure", body.toString(),
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
                                 Theme theme, String css, Meta meta, Problems problems, TypesetStore typeset) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) body.append(markup.sheet(sheets.get(i), arrangements.get(i)));
        Map<String, Double> heights = typeset.heights(document(theme, meta, "measure", body.toString(),
                css + "\n" + MEASURING_PAGE), "sheet-");
        for (CheatSheet sheet : sheets) {
            Double height = heights.get(SheetMarkup.sheetId(sheet));
            if (height == null) throw new IllegalStateException("sheet " + sheet.id() + " was not laid out");
            SheetChecks.fit(sheet, height, problems);
        }
    }

    /** A whole HTML document for openhtmltopdf, from the {@code cheatsheet-booklet} template. */
    private static String document(Theme theme, Meta meta, String title, String body, String css) {
        PageContext page = new PageContext(Pages.siteWithoutLinks(meta), "", "booklet", "booklet", title, "", body, null,
                List.of(), null, null, List.of(), css);
        return theme.render("cheatsheet-booklet", page);
    }

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
