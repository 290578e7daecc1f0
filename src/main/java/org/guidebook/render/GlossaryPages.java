package org.guidebook.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidebook.enrich.GlossaryLinks;
import org.guidebook.index.TermIndex;
import org.guidebook.index.Tokens;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Section;
import org.guidebook.model.Term;
import org.jsoup.Jsoup;

/**
 * The display records of the glossary page (A–Z, an anchor per term, abbreviations as cross-references),
 * of the A–Z index page (each term with the sections that mention it) and of a chapter's definition popovers.
 * {@code url} turns a chapter id and anchor into a link for the page being rendered.
 */
final class GlossaryPages {
    /** The A–Z index page, relative to the site root. */
    static final String INDEX_PAGE = "a-z.html";

    interface Urls {
        String chapter(String chapterId, String anchor);

        String term(String termId);
    }

    private GlossaryPages() {
    }

    /** The glossary grouped by initial letter; each abbreviation also gets a "see" entry at its own letter. */
    static List<PageContext.Letter> glossary(Book book, Urls urls) {
        List<Sortable<PageContext.TermView>> all = new ArrayList<>();
        for (Term term : book.glossary()) {
            all.add(new Sortable<>(term.name(), termView(book, term, urls)));
            for (String abbreviation : term.abbreviations()) {
                all.add(new Sortable<>(abbreviation, new PageContext.TermView("", abbreviation, "", "", List.of(),
                        new PageContext.Link("#" + term.id(), term.name(), 0))));
            }
        }
        Map<String, List<PageContext.TermView>> byLetter = group(all);
        List<PageContext.Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, terms) -> letters.add(new PageContext.Letter(letter, anchor(letter), terms, List.of())));
        return letters;
    }

    /** The A–Z index: every term and abbreviation with the chapters and sections that mention it. */
    static List<PageContext.Letter> index(Book book, TermIndex index, Urls urls) {
        List<Sortable<PageContext.IndexEntry>> all = new ArrayList<>();
        for (TermIndex.Entry entry : index.entries()) {
            Term term = entry.term();
            Map<String, List<PageContext.Mention>> byChapter = new LinkedHashMap<>();
            for (TermIndex.Mention m : entry.mentions()) {
                String title = m.sectionTitle().isEmpty() ? "Introduction" : m.sectionTitle();
                byChapter.computeIfAbsent(m.chapterTitle(), k -> new ArrayList<>())
                        .add(new PageContext.Mention(urls.chapter(m.chapterId(), m.anchor()), title, m.primary()));
            }
            List<PageContext.Mentions> chapters = new ArrayList<>();
            byChapter.forEach((chapter, sections) -> chapters.add(new PageContext.Mentions(chapter, sections)));
            all.add(new Sortable<>(term.name(), new PageContext.IndexEntry(term.name(), urls.term(term.id()), null, chapters)));
            for (String abbreviation : term.abbreviations()) {
                all.add(new Sortable<>(abbreviation, new PageContext.IndexEntry(abbreviation, urls.term(term.id()),
                        new PageContext.Link(urls.term(term.id()), term.name(), 0), List.of())));
            }
        }
        List<PageContext.Letter> letters = new ArrayList<>();
        group(all).forEach((letter, entries) -> letters.add(new PageContext.Letter(letter, anchor(letter), List.of(), entries)));
        return letters;
    }

    /** The definitions of the glossary terms that {@code html} (a chapter page's body) links, in link order. */
    static List<PageContext.TermView> linkedTerms(Book book, String html, Urls urls) {
        Map<String, Term> byId = new LinkedHashMap<>();
        book.glossary().forEach(t -> byId.put(t.id(), t));
        List<PageContext.TermView> views = new ArrayList<>();
        for (String id : Jsoup.parseBodyFragment(html).select("a." + GlossaryLinks.CLASS + "[data-term]").eachAttr("data-term")) {
            Term term = byId.get(id);
            if (term != null && views.stream().noneMatch(v -> v.id().equals(id))) views.add(termView(book, term, urls));
        }
        return views;
    }

    private static PageContext.TermView termView(Book book, Term term, Urls urls) {
        List<PageContext.Link> see = new ArrayList<>();
        for (Term.See s : term.seeAlso()) {
            Chapter chapter = book.chapter(s.chapterId()).orElseThrow();
            String section = chapter.sections().stream().filter(x -> x.id().equals(s.anchor())).map(Section::title)
                    .findFirst().orElse("");
            see.add(new PageContext.Link(urls.chapter(chapter.id(), s.anchor()),
                    section.isEmpty() ? chapter.title() : chapter.title() + " › " + section, 0));
        }
        return new PageContext.TermView(term.id(), term.name(), String.join(", ", term.abbreviations()), term.html(),
                see, null);
    }

    private record Sortable<T>(String name, T value) {
    }

    /** Groups by initial letter (A–Z, accents folded; anything else under #), sorted case-insensitively. */
    private static <T> Map<String, List<T>> group(List<Sortable<T>> items) {
        items.sort(Comparator.comparing((Sortable<T> s) -> Tokens.normalize(s.name())).thenComparing(Sortable::name));
        Map<String, List<T>> byLetter = new TreeMap<>(Comparator.comparing((String l) -> l.equals("#") ? 1 : 0)
                .thenComparing(Comparator.naturalOrder()));
        for (Sortable<T> item : items) {
            String normalized = Tokens.normalize(item.name());
            char first = normalized.isEmpty() ? '#' : Character.toUpperCase(normalized.charAt(0));
            String letter = first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(item.value());
        }
        return byLetter;
    }

    private static String anchor(String letter) {
        return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(java.util.Locale.ROOT);
    }
}
