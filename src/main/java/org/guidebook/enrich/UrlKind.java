package org.guidebook.enrich;

import java.util.Locale;
import java.util.regex.Pattern;

/** Classifies a URL written by an author: in-page anchor, relative path, or one with a scheme. */
final class UrlKind {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private UrlKind() {
    }

    static boolean isAnchor(String url) {
        return url.startsWith("#");
    }

    static boolean hasScheme(String url) {
        return SCHEME.matcher(url).find();
    }

    static String scheme(String url) {
        return url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    /** Root-relative ({@code /x}) and protocol-relative ({@code //host}) URLs break under file:// and sub-paths. */
    static boolean isRootRelative(String url) {
        return url.startsWith("/");
    }

    static String pathPart(String url) {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        return java.net.URLDecoder.decode(query < 0 ? path : path.substring(0, query), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash + 1);
    }
}
