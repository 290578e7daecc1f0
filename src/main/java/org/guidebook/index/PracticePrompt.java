package org.guidebook.index;

import java.util.List;

/**
 * An interview prompt to practise on: a case study's {@code prompt:} or an entry of the prompts chapter.
 *
 * @param text      the prompt in one line
 * @param group     the theme it is listed under (the prompts chapter's {@code ##} heading, or "Case studies")
 * @param decide    what the answer must decide, as plain text ("" when the prompts chapter does not say)
 * @param caseStudy id of the case study that answers it, or null
 * @param chapters  ids of the chapters the prompts chapter links for it, in order
 */
public record PracticePrompt(String text, String group, String decide, String caseStudy, List<String> chapters) {

    public PracticePrompt {
        chapters = List.copyOf(chapters);
    }
}
