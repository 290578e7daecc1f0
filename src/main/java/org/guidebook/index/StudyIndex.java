package org.guidebook.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the study pages read, derived from the enriched chapters (never written twice by an author): the
 * flashcards, one per {@code ###} question of each {@code ## Check yourself} section (the enrich stage has
 * made them {@code details.qa}), and the practice prompts, from the case studies' {@code prompt:} and from
 * the prompts chapter named in guide.yml's {@code practice:}, where each prompt is a numbered-list item that
 * starts with the prompt in bold, under a {@code ##} heading naming its theme, with an optional nested item
 * starting "Decide:".
 */
final class StudyIndex {
    static final String CASE_STUDIES = "Case studies";
    private static final Pattern CHAPTER_LINK = Pattern.compile("^([a-z0-9][a-z0-9_-]*)\\.html(?:#.*)?$");

    private StudyIndex() {
    }

    static List<Flashcard> cards(Book book) {
        List<Flashcard> cards = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            for (Element qa : Jsoup.parseBodyFragment(chapter.html()).body().select("details.qa")) {
                Element question = qa.selectFirst("summary > h3[id]");
                Element answer = qa.selectFirst("div.answer");
                if (question == null || answer == null) continue;
                cards.add(new Flashcard(chapter.id(), question.id(), question.html(), answer.html().strip()));
            }
        }
        return cards;
    }

    static List<PracticePrompt> prompts(Book book) {
        Map<String, PracticePrompt> byText = new LinkedHashMap<>();
        Map<String, String> caseStudyByPrompt = new LinkedHashMap<>();
        for (Chapter c : book.chapters()) {
            if (c.frontMatter().isCaseStudy() && c.frontMatter().prompt() != null) {
                caseStudyByPrompt.putIfAbsent(key(c.frontMatter().prompt()), c.id());
            }
        }
        String source = book.meta().practice() == null ? null : book.meta().practice().prompts();
        Chapter listing = source == null ? null : book.chaptersBySource().get(source);
        if (listing != null) {
            String group = "";
            for (Element e : Jsoup.parseBodyFragment(listing.html()).body().children()) {
                if (e.normalName().equals("h2")) group = e.text();
                if (!e.normalName().equals("ol")) continue;
                for (Element item : e.children()) {
                    Element bold = item.selectFirst("> strong, > p:first-child > strong");
                    if (bold == null || bold.elementSiblingIndex() != 0) continue;
                    String text = bold.text().strip();
                    byText.putIfAbsent(key(text), new PracticePrompt(text, group, decide(item),
                            caseStudyByPrompt.get(key(text)), linkedChapters(item)));
                }
            }
        }
        for (Chapter c : book.chapters()) { // a case study the prompts chapter does not list
            if (!c.frontMatter().isCaseStudy() || c.frontMatter().prompt() == null) continue;
            byText.putIfAbsent(key(c.frontMatter().prompt()), new PracticePrompt(c.frontMatter().prompt(), CASE_STUDIES,
                    "", c.id(), List.of(c.id())));
        }
        return List.copyOf(byText.values());
    }

    /** Prompts compare without regard to case, spacing and a closing full stop. */
    private static String key(String prompt) {
        return prompt.strip().replaceAll("\\s+", " ").replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
    }

    private static String decide(Element item) {
        for (Element li : item.select("> ul > li, > ol > li")) {
            String text = li.text().strip();
            if (text.regionMatches(true, 0, "Decide:", 0, 7)) return text.substring(7).strip();
        }
        return "";
    }

    private static List<String> linkedChapters(Element item) {
        List<String> ids = new ArrayList<>();
        for (Element a : item.select("a[href]")) {
            if (a.hasClass("term")) continue;
            Matcher m = CHAPTER_LINK.matcher(a.attr("href"));
            if (m.matches() && !ids.contains(m.group(1))) ids.add(m.group(1));
        }
        return ids;
    }
}
