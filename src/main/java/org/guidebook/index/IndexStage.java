package org.guidebook.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.guidebook.enrich.GlossaryLinks;
import org.guidebook.enrich.TermMatcher;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.SearchRecord;
import org.guidebook.model.Section;
import org.guidebook.model.Term;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The {@code index} stage: turns the enriched book into a {@link SearchIndex} (one record per chapter
 * opening, per h2/h3 section and per glossary entry, with an inverted index over their words) and a
 * {@link TermIndex} (the sections that mention each glossary term), and the flashcards and practice prompts of
 * the study pages ({@link StudyIndex}). A plain function of the book.
 */
public final class IndexStage {
    /** The chapter label of glossary records in search results. */
    public static final String GLOSSARY_LABEL = "Glossary";

    public BookIndex index(Book book) {
        List<SearchRecord> records = new ArrayList<>();
        for (Chapter chapter : book.chapters()) addChapter(chapter, records);
        int sectionRecords = records.size();
        for (Term term : book.glossary()) {
            String title = term.abbreviations().isEmpty() ? term.name()
                    : term.name() + " (" + String.join(", ", term.abbreviations()) + ")";
            records.add(new SearchRecord(GlossaryLinks.PAGE + "#" + term.id(), GLOSSARY_LABEL, title, "",
                    Jsoup.parseBodyFragment(term.html()).text(), 0));
        }
        List<List<String>> synonyms = book.glossary().stream().filter(t -> !t.abbreviations().isEmpty())
                .map(Term::forms).toList();
        SearchIndex search = new SearchIndex(records, invert(records), synonyms);
        return new BookIndex(search, terms(book, records.subList(0, sectionRecords)), StudyIndex.cards(book),
                StudyIndex.prompts(book));
    }

    private static void addChapter(Chapter chapter, List<SearchRecord> records) {
        String opening = java.util.stream.Stream.of(chapter.frontMatter().summary(), chapter.frontMatter().prompt(),
                openingText(chapter.html())).filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(" "));
        records.add(new SearchRecord(chapter.page(), chapter.title(), chapter.title(), "", opening, 1));
        String h2 = "";
        for (Section section : chapter.sections()) {
            if (section.level() == 2) h2 = section.title();
            String parent = section.level() == 3 ? h2 : "";
            records.add(new SearchRecord(chapter.page() + "#" + section.id(), chapter.title(), section.title(), parent,
                    section.text(), section.level()));
        }
    }

    /** The plain text of a chapter before its first h2 (diagram text left out). */
    static String openingText(String html) {
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof Element e && e.normalName().equals("h2")) break;
            node.traverse((n, depth) -> {
                if (n instanceof TextNode t && t.parent() != null && t.parent().closest("svg") == null) text.append(t.getWholeText());
                else if (n instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) text.append(' ');
            });
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static TreeMap<String, List<SearchIndex.Posting>> invert(List<SearchRecord> records) {
        TreeMap<String, List<SearchIndex.Posting>> words = new TreeMap<>();
        for (int r = 0; r < records.size(); r++) {
            SearchRecord record = records.get(r);
            Map<String, Integer> flags = new LinkedHashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (String w : Tokens.indexed(record.text())) counts.merge(w, 1, Integer::sum);
            counts.forEach((w, n) -> flags.put(w, n == 1 ? 1 : 2));
            for (String w : Tokens.indexed(record.section())) flags.merge(w, SearchIndex.IN_TITLE, (a, b) -> a | b);
            for (Map.Entry<String, Integer> e : flags.entrySet()) {
                words.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new SearchIndex.Posting(r, e.getValue()));
            }
        }
        return words;
    }

    private static TermIndex terms(Book book, List<SearchRecord> sectionRecords) {
        TermMatcher matcher = new TermMatcher(book.glossary());
        Map<String, Set<TermIndex.Mention>> mentions = new LinkedHashMap<>();
        book.glossary().forEach(t -> mentions.put(t.id(), new LinkedHashSet<>()));
        Map<String, Chapter> byPage = new HashMap<>();
        book.chapters().forEach(c -> byPage.put(c.page(), c));
        for (SearchRecord record : sectionRecords) {
            if (!indexable(record)) continue;
            String page = record.url().contains("#") ? record.url().substring(0, record.url().indexOf('#')) : record.url();
            String anchor = record.url().contains("#") ? record.url().substring(record.url().indexOf('#') + 1) : "";
            Chapter chapter = byPage.get(page);
            String heading = record.level() == 1 ? "" : record.section();
            for (TermMatcher.Match m : matcher.findAll(heading + "\n" + record.text())) {
                boolean primary = m.term().seeAlso().stream()
                        .anyMatch(s -> chapter.id().equals(s.chapterId()) && anchor.equals(s.anchor()));
                mentions.get(m.term().id()).add(new TermIndex.Mention(chapter.id(), chapter.title(), anchor, heading, primary));
            }
        }
        List<TermIndex.Entry> entries = new ArrayList<>();
        for (Term term : book.glossary()) {
            List<TermIndex.Mention> list = new ArrayList<>(mentions.get(term.id()));
            for (Term.See see : term.seeAlso()) { // a see: target is listed even if the term's wording differs there
                boolean listed = list.stream().anyMatch(m -> m.chapterId().equals(see.chapterId()) && m.anchor().equals(see.anchor()));
                if (!listed) list.add(seeMention(book, see));
            }
            list.sort(java.util.Comparator.comparingInt(m -> order(book, m)));
            entries.add(new TermIndex.Entry(term, list));
        }
        return new TermIndex(entries);
    }

    /** Sections not listed in the A–Z index: quiz questions and reading lists are not where a term is discussed. */
    private static final java.util.Set<String> NOT_INDEXED = java.util.Set.of("check yourself", "further reading");

    private static boolean indexable(SearchRecord record) {
        String own = record.section().strip().toLowerCase(java.util.Locale.ROOT);
        String parent = record.parent().strip().toLowerCase(java.util.Locale.ROOT);
        return record.level() == 1 || !(NOT_INDEXED.contains(own) && record.level() == 2 || NOT_INDEXED.contains(parent));
    }

    private static TermIndex.Mention seeMention(Book book, Term.See see) {
        Chapter chapter = book.chapter(see.chapterId()).orElseThrow();
        String title = chapter.sections().stream().filter(s -> s.id().equals(see.anchor())).map(Section::title)
                .findFirst().orElse("");
        return new TermIndex.Mention(chapter.id(), chapter.title(), see.anchor(), title, true);
    }

    /** Reading order of a mention: chapter position, then section position (the opening first). */
    private static int order(Book book, TermIndex.Mention m) {
        List<Chapter> chapters = book.chapters();
        for (int c = 0; c < chapters.size(); c++) {
            if (!chapters.get(c).id().equals(m.chapterId())) continue;
            List<Section> sections = chapters.get(c).sections();
            for (int s = 0; s < sections.size(); s++) if (sections.get(s).id().equals(m.anchor())) return c * 10_000 + s + 1;
            return c * 10_000;
        }
        return Integer.MAX_VALUE;
    }
}
