package org.guidebook.load;

import java.util.Locale;

/** File-name slugs for titles (used for the default download name). */
final class Slug {
    private Slug() {
    }

    static String ofTitle(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "guide" : slug;
    }
}
