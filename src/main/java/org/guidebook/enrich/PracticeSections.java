package org.guidebook.enrich;

import org.guidebook.model.Practice;
import org.guidebook.problem.Problems;

/**
 * Checks, once heading ids are known, that each practice step's {@code section:} is a heading of the
 * framework chapter, so the practice page never links a section that is not there.
 */
final class PracticeSections {
    private PracticeSections() {
    }

    static void check(Practice practice, AnchorTable anchors, Problems problems) {
        if (practice == null || anchors.isUnavailable(practice.framework()) || !anchors.hasChapter(practice.framework())) return;
        String chapterId = anchors.chapterId(practice.framework());
        for (Practice.Step step : practice.steps()) {
            if (step.section().isEmpty() || anchors.hasAnchor(chapterId, step.section())) continue;
            problems.add("guide/guide.yml", step.line(), "practice step \"" + step.title() + "\": "
                    + practice.framework() + " has no heading with id `" + step.section()
                    + "` — check the heading's slug (lower-case, spaces to -, punctuation dropped)");
        }
    }
}
