package org.guidebook.render;

import java.util.List;

/**
 * The single object a template sees, as {@code page}. Holds only display data (strings and small records),
 * never services or file paths, so a template cannot reach outside its page.
 *
 * @param root     relative path from this page to the site root ({@code ""} or {@code "../"})
 * @param kind     {@code home}, {@code chapter}, {@code print}, {@code notfound}, …
 * @param content  trusted HTML of the page body (already built and checked)
 */
public record PageContext(
        Site site,
        String root,
        String kind,
        String id,
        String title,
        String description,
        String content,
        Card chapter,
        List<Link> outline,
        Link prev,
        Link next,
        List<PartView> parts,
        String inlineCss) {

    /**
     * The guide's metadata as shown on pages, the files in {@code downloads/} and further site pages (such as
     * the cheat sheets) that the home page links.
     */
    public record Site(String title, String subtitle, String authors, String language, String version, String license,
                       List<Download> downloads, List<Link> pages) {
    }

    /** A file in {@code downloads/}: its path from the site root, what it is, its file name and size. */
    public record Download(String url, String label, String fileName, String size) {
    }

    /** A chapter as shown on cards and in the contents. */
    public record Card(String id, String url, String title, String summary, String prompt, boolean caseStudy,
                       String part) {
    }

    /** A titled link; {@code level} orders outline entries (2 or 3). */
    public record Link(String url, String title, int level) {
    }

    public record PartView(String title, String anchor, List<Card> chapters) {
    }
}
