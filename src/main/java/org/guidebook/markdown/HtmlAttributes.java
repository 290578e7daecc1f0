package org.guidebook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The attributes an author may write on raw HTML in a chapter or a glossary definition: an allowlist per
 * element, so nothing that runs script ({@code on*} handlers), styles the page ({@code style}) or makes the
 * reader's browser fetch from another origin ({@code srcset}, {@code background}, {@code ping}) reaches an
 * output. URL attributes must use a safe scheme: links {@code http:}, {@code https:}, {@code mailto:} or a
 * relative path; images and other fetched resources only a relative path (the build copies the file).
 * Values are read as a browser reads them (entities decoded, tabs and line breaks inside a scheme dropped),
 * so {@code &#106;avascript:} and {@code java&#9;script:} are recognised.
 */
final class HtmlAttributes {
    private static final Set<String> GLOBAL = Set.of("id", "class", "title", "lang", "dir", "role", "hidden",
            "translate");
    private static final Map<String, Set<String>> BY_ELEMENT = Map.ofEntries(
            Map.entry("a", Set.of("href", "hreflang", "rel", "type")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
            Map.entry("source", Set.of("src", "type", "media")),
            Map.entry("td", Set.of("colspan", "rowspan", "headers")),
            Map.entry("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr")),
            Map.entry("col", Set.of("span")),
            Map.entry("colgroup", Set.of("span")),
            Map.entry("ol", Set.of("start", "reversed", "type")),
            Map.entry("li", Set.of("value")),
            Map.entry("time", Set.of("datetime")),
            Map.entry("data", Set.of("value")),
            Map.entry("del", Set.of("cite", "datetime")),
            Map.entry("ins", Set.of("cite", "datetime")),
            Map.entry("q", Set.of("cite")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("details", Set.of("open")));
    /** Attributes whose value is a URL the reader may follow (never fetched by the browser on its own). */
    private static final Set<String> LINKS = Set.of("href", "cite");
    /** Attributes whose value the browser fetches when the page loads. */
    private static final Set<String> FETCHED = Set.of("src");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    /** What browsers drop from a URL before reading its scheme (WHATWG URL: tab, LF, CR; C0 and space at the ends). */
    private static final Pattern URL_NOISE = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private HtmlAttributes() {
    }

    /** What is wrong with the attributes {@code attributes} (the text after the tag name) on {@code element}. */
    static List<String> problems(String element, String attributes) {
        List<String> found = new ArrayList<>();
        if (attributes.isBlank()) return found;
        Element parsed = Jsoup.parse("<" + element + " " + attributes + "></" + element + ">", "", Parser.xmlParser())
                .selectFirst(element);
        if (parsed == null) return found;
        for (Attribute attribute : parsed.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (name.startsWith("on")) {
                found.add("raw HTML `<" + element + " " + name + "=…>` is an event handler, which runs script — remove"
                        + " it: the guide's pages carry no scripts of their own");
            } else if (name.equals("style")) {
                found.add("raw HTML `<" + element + " style=…>` is not allowed — the theme styles every page; remove the"
                        + " attribute (or use Markdown, which the theme already styles)");
            } else if (!allowed(element, name)) {
                found.add("attribute `" + name + "` is not allowed on raw HTML `<" + element + ">` — remove it; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowedOn(element))));
            } else if (LINKS.contains(name) || FETCHED.contains(name)) {
                urlProblem(element, name, value, FETCHED.contains(name)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static boolean allowed(String element, String name) {
        return GLOBAL.contains(name) || name.startsWith("aria-") || BY_ELEMENT.getOrDefault(element, Set.of()).contains(name);
    }

    private static Set<String> allowedOn(String element) {
        Set<String> all = new java.util.HashSet<>(GLOBAL);
        all.addAll(BY_ELEMENT.getOrDefault(element, Set.of()));
        all.add("aria-*");
        return all;
    }

    private static java.util.Optional<String> urlProblem(String element, String name, String raw, boolean fetched) {
        String url = URL_NOISE.matcher(raw).replaceAll("").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        var scheme = SCHEME.matcher(url);
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            if (fetched) {
                return java.util.Optional.of("raw HTML `<" + element + " " + name + "=\"" + shown + "\">` loads a `" + s
                        + ":` URL — save the file next to the chapter and use a relative path, so the guide works offline"
                        + " and makes no request to another site");
            }
            if (!LINK_SCHEMES.contains(s)) {
                return java.util.Optional.of("raw HTML `<" + element + " " + name + "=\"" + shown + "\">` uses the `" + s
                        + ":` scheme — link with a relative path or an http(s) address");
            }
        } else if (fetched && url.startsWith("//")) {
            return java.util.Optional.of("raw HTML `<" + element + " " + name + "=\"" + shown + "\">` loads from another"
                    + " site — save the file next to the chapter and use a relative path");
        }
        return java.util.Optional.empty();
    }
}
