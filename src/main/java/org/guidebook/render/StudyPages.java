package org.guidebook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.guidebook.index.BookIndex;
import org.guidebook.index.Flashcard;
import org.guidebook.index.PracticePrompt;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Part;
import org.guidebook.model.Practice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The display records of the study features: the flashcards page's deck (every check-yourself question, by
 * part and chapter) and the practice interview (steps with minute marks, prompts by theme, the cheat sheet
 * each prompt is checked against). {@code url} turns a chapter id and anchor into a link for the output
 * being rendered: the site's pages, or in-page anchors in the single file.
 */
final class StudyPages {
    /** The site's study pages, relative to the site root. */
    static final String FLASHCARDS = "flashcards.html";
    static final String PRACTICE = "practice.html";
    /** The id of the cheat-sheet heading ({@code ## Cheat sheet}) in a chapter. */
    static final String SHEET_ANCHOR = "cheat-sheet";

    private StudyPages() {
    }

    /**
     * The deck, or empty parts when the guide has no check-yourself question. {@code answers} rewrites an
     * answer's HTML for the page it is shown on.
     */
    static PageContext.Study study(Book book, BookIndex index, BiFunction<String, String, String> url,
                                   Predicate<String> hasSheetPage, BiFunction<String, String, String> sheetUrl,
                                   boolean withAnswers) {
        Map<String, List<PageContext.CardView>> byChapter = new LinkedHashMap<>();
        for (Flashcard card : index.cards()) {
            byChapter.computeIfAbsent(card.chapterId(), k -> new ArrayList<>()).add(new PageContext.CardView(card.id(),
                    withAnswers ? card.question() : "", withAnswers ? answerForDeck(card) : ""));
        }
        List<PageContext.DeckPart> parts = new ArrayList<>();
        for (Part part : book.parts()) {
            List<PageContext.DeckChapter> chapters = new ArrayList<>();
            for (Chapter c : part.chapters()) {
                List<PageContext.CardView> cards = byChapter.get(c.id());
                if (cards != null) chapters.add(new PageContext.DeckChapter(c.id(), url.apply(c.id(), ""), c.title(), part.title(), cards));
            }
            if (!chapters.isEmpty()) parts.add(new PageContext.DeckPart(part.title(), chapters));
        }
        return new PageContext.Study(parts, index.cards().size(), practice(book, index, url, hasSheetPage, sheetUrl), "");
    }

    /**
     * An answer as the flashcards page shows it, away from its chapter: ids are dropped (two chapters may use
     * the same one; diagrams keep theirs, unique in the book) and in-chapter links point into the chapter.
     */
    static String answerForDeck(Flashcard card) {
        Document doc = Jsoup.parseBodyFragment(card.answer());
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().select("[id]")) if (e.closest("svg") == null) e.removeAttr("id");
        for (Element a : doc.body().select("a[href^=#]")) a.attr("href", card.chapterId() + ".html" + a.attr("href"));
        return doc.body().html();
    }

    private static PageContext.PracticeView practice(Book book, BookIndex index, BiFunction<String, String, String> url,
                                                     Predicate<String> hasSheetPage,
                                                     BiFunction<String, String, String> sheetUrl) {
        Practice practice = book.meta().practice();
        if (practice == null) return null;
        Chapter framework = book.chaptersBySource().get(practice.framework());
        if (framework == null) return null;
        List<PageContext.PracticeStep> steps = new ArrayList<>();
        int from = 0;
        for (Practice.Step step : practice.steps()) {
            steps.add(new PageContext.PracticeStep(step.title(), step.minutes(), from, from + step.minutes(),
                    step.section().isEmpty() ? "" : url.apply(framework.id(), step.section())));
            from += step.minutes();
        }
        PageContext.Link frameworkSheet = sheet(book, framework.id(), hasSheetPage, sheetUrl);
        Map<String, List<PageContext.PromptView>> groups = new LinkedHashMap<>();
        for (PracticePrompt prompt : index.prompts()) {
            PageContext.Link sheet = null;
            List<String> candidates = new ArrayList<>();
            if (prompt.caseStudy() != null) candidates.add(prompt.caseStudy());
            candidates.addAll(prompt.chapters());
            for (String id : candidates) {
                sheet = sheet(book, id, hasSheetPage, sheetUrl);
                if (sheet != null) break;
            }
            groups.computeIfAbsent(prompt.group(), k -> new ArrayList<>()).add(new PageContext.PromptView(prompt.text(),
                    prompt.decide(), sheet == null ? frameworkSheet : sheet));
        }
        List<PageContext.PromptGroup> promptGroups = new ArrayList<>();
        groups.forEach((title, prompts) -> promptGroups.add(new PageContext.PromptGroup(title, prompts)));
        return new PageContext.PracticeView(from, steps, promptGroups, frameworkSheet);
    }

    /** The cheat sheet of a chapter that has one, as a link titled with the chapter; null without. */
    private static PageContext.Link sheet(Book book, String chapterId, Predicate<String> hasSheetPage,
                                          BiFunction<String, String, String> sheetUrl) {
        Chapter chapter = book.chapter(chapterId).orElse(null);
        if (chapter == null || !hasSheetPage.test(chapterId)) return null;
        return new PageContext.Link(sheetUrl.apply(chapterId, SHEET_ANCHOR), chapter.title(), 0);
    }

    /**
     * {@code chapterHtml} with a link to the chapter's flashcards below its check-yourself heading ({@code href}
     * and, for the single file, {@code deck} naming the deck to open), or unchanged without that section.
     */
    static String addReviewLink(String chapterHtml, String href, String deck) {
        Document doc = Jsoup.parseBodyFragment(chapterHtml);
        doc.outputSettings().prettyPrint(false);
        Element heading = doc.body().children().stream()
                .filter(e -> e.tagName().equals("h2") && e.ownText().strip().equalsIgnoreCase("check yourself"))
                .findFirst().orElse(null);
        if (heading == null || doc.body().selectFirst("details.qa") == null) return chapterHtml;
        Element link = new Element("a").addClass("review-cards-link").attr("href", href).text("Review this chapter's cards");
        if (deck != null) link.attr("data-deck", deck);
        heading.after(new Element("p").addClass("review-cards").appendChild(link));
        return doc.body().html();
    }
}
