package org.guidebook.enrich;

import java.util.HashSet;
import java.util.Set;
import org.guidebook.problem.Problems;

/**
 * A chapter between the per-chapter passes and the linking passes: either the live fragment, or what an
 * earlier run kept of it ({@link EnrichMemo.Prepared}), which becomes a fragment again only if the linking
 * passes cannot be reused too.
 */
final class Draft {
    private final Fragment fragment;
    private final EnrichMemo.PrepareKey key;
    private final EnrichMemo.Prepared kept;
    private final Set<String> ids;

    private Draft(Fragment fragment, EnrichMemo.PrepareKey key, EnrichMemo.Prepared kept, Set<String> ids) {
        this.fragment = fragment;
        this.key = key;
        this.kept = kept;
        this.ids = ids;
    }

    static Draft of(Fragment fragment) {
        Set<String> ids = new HashSet<>();
        fragment.body.select("[id]").forEach(e -> ids.add(e.id()));
        return new Draft(fragment, null, null, ids);
    }

    static Draft of(EnrichMemo.PrepareKey key, EnrichMemo.Prepared kept) {
        return new Draft(null, key, kept, kept.ids());
    }

    Draft withKey(EnrichMemo.PrepareKey key) {
        return new Draft(fragment, key, kept, ids);
    }

    /** The key it was memoized under, or null outside a repeating build. */
    EnrichMemo.PrepareKey key() {
        return key;
    }

    /** Every element id of the chapter, for the anchor table. */
    Set<String> ids() {
        return ids;
    }

    /** The fragment to link; a kept draft is parsed again, reporting into {@code problems}. */
    Fragment fragment(Problems problems) {
        return fragment != null ? fragment.reportingTo(problems) : new Fragment(key.source(), kept.html(), problems);
    }
}
