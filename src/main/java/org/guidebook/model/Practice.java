package org.guidebook.model;

import java.util.List;

/**
 * The practice interview from {@code practice:} in {@code guide/guide.yml}: the chapter that explains the
 * steps (its cheat sheet closes a session), the chapter that lists practice prompts (optional), and the
 * time budget, step by step. The budget is data so that an author changes the plan without touching code.
 *
 * @param framework source path of the framework chapter (relative to the repository root)
 * @param prompts   source path of the prompts chapter, or null
 * @param steps     the steps in order, each with its minutes
 * @param line      the line of {@code practice:} in guide.yml
 */
public record Practice(String framework, String prompts, List<Step> steps, int line) {

    public Practice {
        steps = List.copyOf(steps);
    }

    /** One step of the session: what to do, how many minutes, and the framework section that explains it (or ""). */
    public record Step(String title, int minutes, String section, int line) {
    }

    /** The length of a whole session in minutes. */
    public int minutes() {
        return steps.stream().mapToInt(Step::minutes).sum();
    }
}
