package org.guidebook.model;

import java.util.List;

/** The guide's metadata from {@code guide/guide.yml}. {@code baseUrl} and {@code practice} may be null. */
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
        Practice practice) {

    public Meta {
        authors = List.copyOf(authors);
    }
}
