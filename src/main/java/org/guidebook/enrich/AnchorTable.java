package org.guidebook.enrich;

import java.util.Map;
import java.util.Set;

/**
 * What links may point at: each chapter by source path with its page id, and each chapter's element ids.
 * Built after the first enrich pass (ids exist) and before links are resolved.
 */
record AnchorTable(Map<String, String> idBySource, Map<String, Set<String>> idsByChapter, Set<String> unavailable) {

    /** A chapter that is listed but failed to load: its problem is already reported. */
    boolean isUnavailable(String source) {
        return unavailable.contains(source);
    }

    boolean hasChapter(String source) {
        return idBySource.containsKey(source);
    }

    String chapterId(String source) {
        return idBySource.get(source);
    }

    boolean hasAnchor(String chapterId, String anchor) {
        return idsByChapter.getOrDefault(chapterId, Set.of()).contains(anchor);
    }
}
