package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidebook.load.SourceTree;
import org.guidebook.model.Term;

/**
 * Checks and resolves the glossary once every chapter's ids are known: each {@code see:} link must name a
 * listed chapter (relative to {@code guide/}) and, when it has one, an existing anchor; links inside a
 * definition are resolved like a chapter's. Problems are reported at the glossary file's lines.
 */
final class GlossaryTerms {
    private GlossaryTerms() {
    }

    static Term resolve(Term term, AnchorTable anchors, SourceTree tree, List<Asset> assets,
                        org.guidebook.problem.Problems problems) {
        List<Term.See> resolved = new ArrayList<>();
        for (Term.See see : term.seeAlso()) {
            resolveSee(term, see, anchors, tree, problems).ifPresent(resolved::add);
        }
        Fragment definition = new Fragment(term.origin(), term.html(), problems);
        Links.apply(definition, "", anchors, tree, assets);
        Images.apply(definition, tree, assets);
        return term.withSeeAlso(resolved).withHtml(definition.html());
    }

    private static Optional<Term.See> resolveSee(Term term, Term.See see, AnchorTable anchors, SourceTree tree,
                                                 org.guidebook.problem.Problems problems) {
        String path = UrlKind.pathPart(see.target());
        String anchor = UrlKind.fragment(see.target());
        String where = "`see: " + see.target() + "` of `" + term.name() + "`";
        Optional<String> source = UrlKind.hasScheme(see.target()) || UrlKind.isRootRelative(see.target()) || path.isEmpty()
                ? Optional.empty() : tree.resolve(term.origin(), path);
        if (source.isEmpty() || !source.get().endsWith(".md")) {
            problems.add(term.origin(), see.line(), where + " is not a chapter file — write the chapter's path relative"
                    + " to guide/, e.g. `concepts/data.md#anchor`");
            return Optional.empty();
        }
        if (anchors.isUnavailable(source.get())) return Optional.empty();
        if (!anchors.hasChapter(source.get())) {
            String why = tree.isFile(source.get()) ? "is not a chapter listed in guide/guide.yml" : "does not exist";
            problems.add(term.origin(), see.line(), where + ": " + source.get() + " " + why
                    + " — fix the path (relative to guide/) or add the chapter");
            return Optional.empty();
        }
        String chapterId = anchors.chapterId(source.get());
        if (!anchor.isEmpty() && !anchors.hasAnchor(chapterId, anchor)) {
            problems.add(term.origin(), see.line(), where + ": " + source.get() + " has no heading with id `" + anchor
                    + "` — check the heading's slug (lower-case, spaces to -, punctuation dropped)");
            return Optional.empty();
        }
        return Optional.of(new Term.See(see.target(), see.line(), chapterId, anchor));
    }
}
