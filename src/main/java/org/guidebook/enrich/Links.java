package org.guidebook.enrich;

import java.util.List;
import java.util.Optional;
import org.guidebook.load.SourceTree;
import org.jsoup.nodes.Element;

/**
 * Resolves and checks every link of a chapter. A relative link to a chapter's {@code .md} file becomes
 * {@code <id>.html#anchor}; a link to another repository file is copied into the output like an image.
 * Missing files, missing anchors, paths that leave the repository and root-relative or {@code file:} URLs
 * are errors, each with the fix. Web links ({@code http(s):}, {@code mailto:}) are left alone: they are only
 * followed when a reader clicks them.
 */
final class Links {
    private static final List<String> WEB_SCHEMES = List.of("http", "https", "mailto");

    private Links() {
    }

    static void apply(Fragment fragment, String chapterId, AnchorTable anchors, SourceTree tree, List<Asset> assets) {
        for (Element a : fragment.body.select("a[href]")) {
            String href = a.attr("href");
            if (href.isEmpty()) continue;
            if (UrlKind.isAnchor(href)) {
                String anchor = href.substring(1);
                if (!anchor.isEmpty() && !anchors.hasAnchor(chapterId, anchor)) {
                    fragment.problem(a, "link `" + href + "` points to a heading that does not exist in this chapter —"
                            + " check the heading's slug (lower-case, spaces to -, punctuation dropped)");
                }
                continue;
            }
            if (UrlKind.hasScheme(href)) {
                if (!WEB_SCHEMES.contains(UrlKind.scheme(href))) {
                    fragment.problem(a, "link `" + href + "` uses the `" + UrlKind.scheme(href) + ":` scheme — link"
                            + " to chapters with relative paths like ../concepts/data.md");
                }
                continue;
            }
            if (UrlKind.isRootRelative(href)) {
                fragment.problem(a, "link `" + href + "` starts with / and breaks under file:// and sub-paths —"
                        + " use a relative path like ../concepts/data.md");
                continue;
            }
            resolveRelative(fragment, a, href, anchors, tree, assets);
        }
    }

    private static void resolveRelative(Fragment fragment, Element a, String href, AnchorTable anchors,
                                        SourceTree tree, List<Asset> assets) {
        String path = UrlKind.pathPart(href);
        String anchor = UrlKind.fragment(href);
        if (path.isEmpty()) return;
        Optional<String> resolved = tree.resolve(fragment.source, path);
        if (resolved.isEmpty()) {
            fragment.problem(a, "link `" + href + "` points outside the repository — link only to files in the repository");
            return;
        }
        String target = resolved.get();
        if (target.endsWith(".md")) {
            if (anchors.isUnavailable(target)) return;
            if (!anchors.hasChapter(target)) {
                String why = tree.isFile(target) ? "is not a chapter listed in guide/guide.yml" : "does not exist";
                fragment.problem(a, "link `" + href + "`: " + target + " " + why + " — fix the path or add the chapter");
                return;
            }
            String id = anchors.chapterId(target);
            if (!anchor.isEmpty() && !anchors.hasAnchor(id, anchor)) {
                fragment.problem(a, "link `" + href + "`: " + target + " has no heading with id `" + anchor
                        + "` — check the heading's slug (lower-case, spaces to -, punctuation dropped)");
                return;
            }
            a.attr("href", id + ".html" + (anchor.isEmpty() ? "" : "#" + anchor));
            return;
        }
        if (!tree.isFile(target)) {
            fragment.problem(a, "link `" + href + "`: " + target + " does not exist — fix the path or add the file");
            return;
        }
        String copy = "files/" + target.replaceFirst("^guide/", "");
        assets.add(new Asset(target, copy));
        a.attr("href", copy + (anchor.isEmpty() ? "" : "#" + anchor));
    }
}
