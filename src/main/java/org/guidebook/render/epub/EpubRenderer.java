package org.guidebook.render.epub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.guidebook.enrich.Asset;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Meta;
import org.guidebook.model.Part;
import org.guidebook.problem.Problems;
import org.guidebook.render.Appendix;
import org.guidebook.render.BackMatter;
import org.guidebook.render.Downloads;
import org.guidebook.render.PageContext;
import org.guidebook.render.Pages;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;

/**
 * {@code downloads/<name>.epub}: an EPUB 3 for e-book readers. Each chapter and appendix is an XHTML file
 * ({@link XhtmlChapter}) with the e-book stylesheet ({@code templates/epub/book.css}) and no script; the
 * navigation document lists parts → chapters → sections; a cover is drawn as SVG; the package document
 * carries guide.yml's metadata and accessibility metadata derived from the content; the zip is
 * reproducible ({@link EpubZip}). W3C EPUBCheck accepts it without errors or warnings (checked in the tests).
 */
public final class EpubRenderer implements Renderer {
    private static final String XHTML = "application/xhtml+xml";

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public void render(RenderContext context) {
        Book book = context.book();
        Meta meta = book.meta();
        List<Appendix> appendices = BackMatter.of(context);
        Set<String> documentIds = new HashSet<>();
        book.chapters().forEach(c -> documentIds.add(c.id()));
        appendices.forEach(a -> documentIds.add(a.id()));

        List<PackageDocument.Item> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        Problems problems = new Problems();
        int diagrams = 0, images = 0, tables = 0, tablesWithHeaders = 0, headings = 0;

        items.add(new PackageDocument.Item("cover", "cover.xhtml", XHTML, "", true));
        paths.add("cover.xhtml");
        contents.add(bytes(coverPage(meta)));

        // Converting and checking a chapter reads only that chapter: do them all in parallel, then assemble in order.
        Map<String, XhtmlChapter.Result> converted = new ConcurrentHashMap<>();
        book.parts().parallelStream().forEach(part -> part.chapters().parallelStream().forEach(chapter -> {
            XhtmlChapter.Result doc = XhtmlChapter.of(meta.language(), chapter.title(), part.title(),
                    chapter.frontMatter().prompt(), chapter.html(), documentIds, meta.baseUrl());
            WellFormed.problem(doc.xhtml()).ifPresent(p -> problems.add(chapter.source(), 0, "the chapter's e-book"
                    + " XHTML is not well-formed (" + p + ") — check its raw HTML and special characters"));
            converted.put(chapter.id(), doc);
        }));
        List<NavDocument.Entry> navParts = new ArrayList<>();
        List<PackageDocument.Item> chapterItems = new ArrayList<>();
        for (Part part : book.parts()) {
            List<NavDocument.Entry> navChapters = new ArrayList<>();
            for (Chapter chapter : part.chapters()) {
                String href = "text/" + chapter.id() + ".xhtml";
                XhtmlChapter.Result doc = converted.get(chapter.id());
                chapterItems.add(new PackageDocument.Item("ch-" + chapter.id(), href, XHTML, doc.hasSvg() ? "svg" : "", true));
                paths.add(href);
                contents.add(bytes(doc.xhtml()));
                diagrams += doc.diagrams();
                images += doc.images();
                tables += doc.tables();
                tablesWithHeaders += doc.tablesWithHeaders();
                headings += doc.headings();
                navChapters.add(new NavDocument.Entry(chapter.title(), href, sections(chapter, href)));
            }
            if (!navChapters.isEmpty()) navParts.add(new NavDocument.Entry(part.title(), null, navChapters));
        }
        List<NavDocument.Entry> navAppendices = new ArrayList<>();
        for (Appendix appendix : appendices) {
            String href = "text/" + appendix.id() + ".xhtml";
            XhtmlChapter.Result doc = XhtmlChapter.of(meta.language(), appendix.title(), null, null, appendix.html(), documentIds,
                    meta.baseUrl());
            WellFormed.problem(doc.xhtml()).ifPresent(p -> {
                throw new IllegalStateException("appendix " + appendix.id() + " is not well-formed XHTML: " + p);
            });
            chapterItems.add(new PackageDocument.Item("ap-" + appendix.id(), href, XHTML, doc.hasSvg() ? "svg" : "", true));
            paths.add(href);
            contents.add(bytes(doc.xhtml()));
            headings += doc.headings();
            navAppendices.add(new NavDocument.Entry(appendix.title(), href, List.of()));
        }
        if (!navAppendices.isEmpty()) navParts.add(new NavDocument.Entry(Pages.BACK_MATTER, null, navAppendices));
        problems.throwIfAny();

        String firstChapter = chapterItems.isEmpty() ? "nav.xhtml" : chapterItems.get(0).href();
        items.add(new PackageDocument.Item("nav", "nav.xhtml", XHTML, "nav", true));
        paths.add("nav.xhtml");
        contents.add(bytes(NavDocument.of(meta.language(), navParts, firstChapter)));
        // The text follows the cover and the contents in the spine: cover, contents, chapters, appendices.
        items.addAll(chapterItems);

        items.add(new PackageDocument.Item("css", "css/book.css", "text/css", "", false));
        paths.add("css/book.css");
        contents.add(bytes(context.theme().epubText("book.css")));
        items.add(new PackageDocument.Item("cover-image", "images/cover.svg", "image/svg+xml", "cover-image", false));
        paths.add("images/cover.svg");
        contents.add(bytes(CoverSvg.of(meta)));

        boolean media = false;
        int n = 0;
        for (Asset asset : context.assets()) {
            if (!asset.target().startsWith("images/")) continue;
            String type = mediaType(asset.target());
            if (type == null) {
                problems.add(asset.source(), 0, "e-book readers cannot show this image type — convert it to PNG,"
                        + " JPEG, GIF, WebP or SVG");
                continue;
            }
            media |= type.equals("image/gif");
            items.add(new PackageDocument.Item("img-" + (++n), asset.target(), type, "", false));
            paths.add(asset.target());
            contents.add(context.files().read(asset.source()));
        }
        problems.throwIfAny();

        Accessibility a11y = Accessibility.of(new Accessibility.Contents(book.chapters().size(),
                (int) book.parts().stream().filter(p -> !p.chapters().isEmpty()).count(), diagrams, images, tables,
                tablesWithHeaders, headings, media));
        EpubZip zip = new EpubZip()
                .add("META-INF/container.xml", CONTAINER)
                .add("EPUB/package.opf", PackageDocument.of(meta, context.published(), a11y, items));
        for (int i = 0; i < paths.size(); i++) zip.add("EPUB/" + paths.get(i), contents.get(i));
        context.output().bytes(Downloads.epub(meta), zip.bytes(context.published()));
    }

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """;

    /** The chapter's h2 sections with their h3 below, as in the on-page outline (questions left out). */
    private static List<NavDocument.Entry> sections(Chapter chapter, String href) {
        List<NavDocument.Entry> h2 = new ArrayList<>();
        List<NavDocument.Entry> h3 = null;
        for (PageContext.Link link : Pages.outline(chapter, href + "#")) {
            if (link.level() == 2 || h3 == null) {
                h3 = new ArrayList<>();
                h2.add(new NavDocument.Entry(link.title(), link.url(), h3));
            } else {
                h3.add(new NavDocument.Entry(link.title(), link.url(), List.of()));
            }
        }
        return h2;
    }

    private static String coverPage(Meta meta) {
        return Xml.xhtmlHead(meta.language(), meta.title(), "css/book.css")
                + "<body>\n<section class=\"cover\" epub:type=\"cover\">\n<img role=\"doc-cover\" src=\"images/cover.svg\" alt=\""
                + Xml.escape(CoverSvg.description(meta)) + "\"/>\n</section>\n</body>\n</html>\n";
    }

    /** Core media types of EPUB 3 for images; null for any other. */
    private static String mediaType(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) return "image/png";
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) return "image/jpeg";
        if (lower.endsWith(".gif")) return "image/gif";
        if (lower.endsWith(".webp")) return "image/webp";
        if (lower.endsWith(".svg")) return "image/svg+xml";
        return null;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
