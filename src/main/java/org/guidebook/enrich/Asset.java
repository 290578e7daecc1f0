package org.guidebook.enrich;

/** A repository file the output must carry: {@code source} relative to the repository, {@code target} to the output root. */
public record Asset(String source, String target) {
}
