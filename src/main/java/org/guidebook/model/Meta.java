package org.guidebook.model;

import java.util.List;

/**
 * The guide's metadata from {@code guide/guide.yml}. {@code baseUrl} and {@code practice} may be null.
 * {@code shortName} names the installed app under its icon (a home screen leaves room for about 12 characters).
 */
public record Meta(
        String title,
        String subtitle,
        List<String> authors,
        String language,
        String version,
        String date,
        String identifier,
        String name,
        String license,
        String baseUrl,
        String shortName,
        Practice practice) {

    public Meta {
        authors = List.copyOf(authors);
    }
}
