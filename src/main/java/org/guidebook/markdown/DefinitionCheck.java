package org.guidebook.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Locale;
import org.guidebook.model.Term;
import org.guidebook.problem.Problems;

/**
 * The checks a chapter's Markdown gets, for a glossary definition: its length, its nesting and its raw HTML
 * (allowed elements and attributes, balanced tags). A definition is shown in popovers, the glossary page and
 * every output, so its raw HTML follows the same policy as a chapter's.
 */
public final class DefinitionCheck {
    /** Longest definition, in characters: one or two sentences fit many times over. */
    public static final int MAX_CHARS = 10_000;
    private static final Parser PARSER = Parser.builder().build();

    private DefinitionCheck() {
    }

    /** Reports what is wrong; false when the definition must not be rendered at all (too long or too deep). */
    public static boolean ok(Term term, Problems problems) {
        if (term.definition().length() > MAX_CHARS) {
            problems.add(term.origin(), term.definitionLine(), String.format(Locale.ROOT, "the definition of `%s` is"
                    + " %,d characters long, more than %,d — keep a definition to one or two sentences and explain"
                    + " the rest in a chapter", term.name(), term.definition().length(), MAX_CHARS));
            return false;
        }
        Document document = DeepStack.call(() -> PARSER.parse(term.definition()));
        if (NestingGuard.tooDeep(document, term.origin(), term.definitionLine(), problems)) return false;
        RawHtmlCheck.check(document, term.origin(), term.definitionLine(), problems);
        return true;
    }
}
