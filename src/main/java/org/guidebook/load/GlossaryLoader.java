package org.guidebook.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidebook.model.Term;
import org.guidebook.problem.Problems;

/**
 * Reads {@code guide/glossary.yml}: a list of {@code - term:} entries with optional {@code abbr: […]}, a
 * Markdown {@code definition:} and {@code see: [chapter.md#anchor]} links relative to {@code guide/}. The file
 * is optional. Reports, each at its line: an entry without a term or definition, a term or abbreviation that
 * names two entries, and malformed YAML. {@code see:} links are checked later, when anchors are known.
 */
final class GlossaryLoader {
    static final String GLOSSARY_YML = GuideLoader.GUIDE_DIR + "/glossary.yml";
    static final Set<String> KEYS = Set.of("term", "abbr", "definition", "see");

    private final SourceTree tree;

    GlossaryLoader(SourceTree tree) {
        this.tree = tree;
    }

    /** The glossary in file order; empty when the guide has none. */
    List<Term> load(Problems problems) {
        if (!tree.isFile(GLOSSARY_YML)) return List.of();
        Optional<YamlDoc> doc = tree.readText(GLOSSARY_YML, problems)
                .flatMap(text -> YamlDoc.parse(text, GLOSSARY_YML, 1, problems));
        if (doc.isEmpty()) return List.of();
        if (doc.get().isMapping() && doc.get().entries().isEmpty()) return List.of();
        if (!doc.get().isSequence()) {
            problems.add(GLOSSARY_YML, doc.get().line(), "the glossary must be a list of entries — start each with"
                    + " `- term: …` followed by `definition: …`");
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (YamlDoc entry : doc.get().items()) {
            readTerm(entry, problems, names, ids).ifPresent(terms::add);
        }
        return terms;
    }

    private Optional<Term> readTerm(YamlDoc entry, Problems problems, Map<String, Integer> names, Set<String> ids) {
        MappingReader fields = new MappingReader(entry, "a glossary entry", problems);
        if (!entry.isMapping()) return Optional.empty();
        fields.rejectUnknownKeys(KEYS);
        String name = fields.optional("term", "").strip();
        if (name.isEmpty()) {
            problems.add(GLOSSARY_YML, entry.line(), "a glossary entry has no `term` — start the entry with"
                    + " `- term: the term as readers write it`");
            return Optional.empty();
        }
        String definition = fields.optional("definition", "").strip();
        int definitionLine = fields.has("definition") ? fields.node("definition").line() : entry.line();
        if (definition.isEmpty()) {
            problems.add(GLOSSARY_YML, definitionLine, "term `" + name + "` has no definition — add `definition:`"
                    + " with one or two sentences of Markdown");
        }
        claim(name, entry.line(), entry.line(), "term", names, problems);
        List<String> abbreviations = new ArrayList<>();
        for (Item item : items(fields, "abbr")) {
            if (!item.text().isEmpty() && claim(item.text(), item.line(), entry.line(), "abbreviation", names, problems)) {
                abbreviations.add(item.text());
            }
        }
        List<Term.See> see = new ArrayList<>();
        for (Item item : items(fields, "see")) see.add(new Term.See(item.text(), item.line(), null, null));
        String id = uniqueId(Slug.ofTitle(name), ids);
        return Optional.of(new Term(id, name, abbreviations, definition, "", see, GLOSSARY_YML, entry.line(),
                definitionLine));
    }

    /**
     * Records {@code form} as a name of the entry at {@code entryLine}; reports it when another entry already
     * uses it in any case. The same entry may list case variants ("nDCG", "NDCG"): abbreviations match with
     * their exact case, so both are needed.
     */
    private static boolean claim(String form, int line, int entryLine, String what, Map<String, Integer> names,
                                 Problems problems) {
        String key = form.toLowerCase(Locale.ROOT);
        Integer owner = names.putIfAbsent(key, entryLine);
        if (owner == null || owner == entryLine) return true;
        problems.add(GLOSSARY_YML, line, what + " `" + form + "` is already used by the entry at line " + owner
                + " — a term or abbreviation may name only one entry: merge the two entries or remove this one");
        return false;
    }

    /** A list value's items with their lines; a single value counts as a one-item list. */
    private static List<Item> items(MappingReader fields, String key) {
        YamlDoc node = fields.node(key);
        List<String> values = fields.list(key);
        if (node == null || values.isEmpty()) return List.of();
        if (!node.isSequence()) return List.of(new Item(values.get(0).strip(), node.line()));
        return node.items().stream().filter(YamlDoc::isScalar).map(i -> new Item(i.text().strip(), i.line())).toList();
    }

    private record Item(String text, int line) {
    }

    private static String uniqueId(String base, Set<String> ids) {
        String candidate = base;
        for (int n = 1; !ids.add(candidate); n++) candidate = base + "-" + n;
        return candidate;
    }
}
