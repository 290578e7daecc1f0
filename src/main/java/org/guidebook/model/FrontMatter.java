package org.guidebook.model;

import java.util.List;

/**
 * A chapter's YAML front matter. {@code kind} is {@code "chapter"} unless the author wrote another kind
 * (e.g. {@code case-study}); {@code prompt} is null for chapters without one.
 */
public record FrontMatter(String id, String title, String summary, List<String> tags, String kind, String prompt) {

    public FrontMatter {
        tags = List.copyOf(tags);
    }

    public boolean isCaseStudy() {
        return "case-study".equals(kind);
    }
}
