package org.guidebook.enrich;

import java.util.List;
import java.util.Optional;
import org.guidebook.load.SourceTree;
import org.jsoup.nodes.Element;

/**
 * Checks every image: it needs alt text, must be a file inside the repository (a remote image would make
 * the offline guide reach the network; a {@code data:} URL, which may hold script as SVG, is refused too) and
 * must exist. Its {@code src} is rewritten to where the output
 * carries a copy: {@code images/} plus its path under {@code guide/}.
 */
final class Images {
    private Images() {
    }

    static void apply(Fragment fragment, SourceTree tree, List<Asset> assets) {
        for (Element img : fragment.body.select("img")) {
            String src = img.attr("src");
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                fragment.problem(img, "image `" + src + "` has no alt text — write ![what the image shows](" + src + ")");
            }
            if (src.regionMatches(true, 0, "data:", 0, 5)) {
                // Only the build makes data: URLs (the single file's inlined images), from files it checked.
                fragment.problem(img, "image `" + (src.length() > 40 ? src.substring(0, 40) + "…" : src) + "` is a data:"
                        + " URL — save the image as a file next to the chapter and link it with a relative path");
                continue;
            }
            if (UrlKind.hasScheme(src) || UrlKind.isRootRelative(src)) {
                fragment.problem(img, "image `" + src + "` is not a file in the repository — download it next to"
                        + " the chapter and link it with a relative path, so the guide works offline");
                continue;
            }
            Optional<String> resolved = tree.resolve(fragment.source, UrlKind.pathPart(src));
            if (resolved.isEmpty()) {
                fragment.problem(img, "image `" + src + "` points outside the repository — move the file into the"
                        + " repository and link it with a relative path");
                continue;
            }
            if (!tree.isFile(resolved.get())) {
                fragment.problem(img, "image `" + src + "` does not exist (looked for " + resolved.get()
                        + ") — fix the path or add the file");
                continue;
            }
            String target = "images/" + resolved.get().replaceFirst("^guide/", "");
            img.attr("src", target);
            img.attr("loading", "lazy");
            assets.add(new Asset(resolved.get(), target));
        }
    }
}
