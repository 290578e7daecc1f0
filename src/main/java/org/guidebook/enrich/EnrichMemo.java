package org.guidebook.enrich;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.guidebook.model.Section;
import org.guidebook.model.Term;

/**
 * What the enrich stage keeps between runs of a repeating build (the preview server), so an edit to one
 * chapter enriches that chapter only. Keys hold every input of a pass: the per-chapter passes depend on the
 * chapter's HTML and diagrams; the linking passes also on every chapter's ids and on the glossary, so
 * editing a heading (which changes the ids) enriches every chapter again, as it must. A chapter with
 * problems is never kept, so its problems are reported again on the next run. Only the last run is kept.
 */
public final class EnrichMemo {
    record PrepareKey(String id, String source, String html, List<Diagram> diagrams) {
        static PrepareKey of(Chapter c) {
            return new PrepareKey(c.id(), c.source(), c.html(), c.diagrams());
        }
    }

    /** A chapter after the per-chapter passes: its HTML with line markers, its ids and the files it uses. */
    record Prepared(String html, Set<String> ids, List<Asset> assets) {
    }

    record LinkKey(PrepareKey chapter, AnchorTable anchors, List<Term> glossary) {
    }

    record Linked(String html, List<Section> sections, List<Asset> assets) {
    }

    private final Map<PrepareKey, Prepared> prepared = new ConcurrentHashMap<>();
    private final Map<LinkKey, Linked> linked = new ConcurrentHashMap<>();

    Prepared prepared(PrepareKey key) {
        return prepared.get(key);
    }

    void keepPrepared(PrepareKey key, Prepared value) {
        prepared.put(key, value);
    }

    Linked linked(LinkKey key) {
        return linked.get(key);
    }

    void keepLinked(LinkKey key, Linked value) {
        linked.put(key, value);
    }

    /** Forgets everything this run did not use: other chapters, other ids, another glossary. */
    void keepOnly(List<Chapter> chapters, AnchorTable anchors, List<Term> glossary) {
        Set<PrepareKey> current = new HashSet<>();
        chapters.forEach(c -> current.add(PrepareKey.of(c)));
        prepared.keySet().retainAll(current);
        linked.keySet().removeIf(k -> !current.contains(k.chapter()) || !k.anchors().equals(anchors)
                || !k.glossary().equals(glossary));
    }
}
