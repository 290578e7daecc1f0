package org.guidebook.render;

import java.util.List;

/**
 * The single object a template sees, as {@code page}. Holds only display data (strings and small records),
 * never services or file paths, so a template cannot reach outside its page.
 *
 * @param root     relative path from this page to the site root ({@code ""} or {@code "../"})
 * @param kind     {@code home}, {@code chapter}, {@code print}, {@code notfound}, …
 * @param content  trusted HTML of the page body (already built and checked)
 * @param downloads files offered on the home page, with their sizes
 * @param extras   further site pages linked from the home page (e.g. the cheat sheets)
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
        String inlineCss,
        List<Download> downloads,
        List<Link> extras) {

    /** A page without downloads or extra links (every page but the home page). */
    public PageContext(Site site, String root, String kind, String id, String title, String description,
                       String content, Card chapter, List<Link> outline, Link prev, Link next, List<PartView> parts,
                       String inlineCss) {
        this(site, root, kind, id, title, description, content, chapter, outline, prev, next, parts, inlineCss,
                List.of(), List.of());
    }

    /** The guide's metadata as shown on pages. */
    public record Site(String title, String subtitle, String authors, String language, String version, String license) {
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

    /** A downloadable file: its URL, what it is, and its size as shown to readers (e.g. {@code 412 KB}). */
    public record Download(String url, String title, String size) {
    }
}
