package org.guidebook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidebook.model.Practice;
import org.guidebook.problem.Problems;

/**
 * Reads and checks {@code practice:} in guide.yml: the framework chapter and the prompts chapter must be
 * chapters the table of contents lists, and every step needs a title and a whole number of minutes. Each
 * mistake is reported at its own line; whether a step's {@code section:} exists is checked by the enrich
 * stage, once heading ids are known.
 */
final class PracticeReader {
    static final Set<String> KEYS = Set.of("framework", "prompts", "steps");
    static final Set<String> STEP_KEYS = Set.of("step", "minutes", "section");
    /** Longer than any interview loop: a bigger number is a typo (seconds, or an extra digit). */
    static final int MAX_MINUTES = 180;

    private final SourceTree tree;
    private final Problems problems;

    PracticeReader(SourceTree tree, Problems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    /** The practice block, or null when guide.yml has none or it cannot be used (problems reported). */
    Practice read(YamlDoc node, Set<String> listed) {
        if (node == null) return null;
        if (!node.isMapping()) {
            problems.add(node.path(), node.line(), "`practice:` must be a mapping of `framework:`, `prompts:` and"
                    + " `steps:` — see the README, \"Practice interview\"");
            return null;
        }
        MappingReader fields = new MappingReader(node, "`practice:`", problems);
        fields.rejectUnknownKeys(KEYS);
        String framework = chapter(fields, "framework", listed, true);
        String prompts = chapter(fields, "prompts", listed, false);
        List<Practice.Step> steps = steps(fields);
        if (framework == null || steps.isEmpty()) return null;
        return new Practice(framework, prompts, steps, node.line());
    }

    private String chapter(MappingReader fields, String key, Set<String> listed, boolean required) {
        String value = fields.optional(key, null);
        if (value == null || value.isBlank()) {
            if (required) {
                fields.problem(key, "`practice:` has no `" + key + ":` — name the chapter that explains the steps,"
                        + " e.g. `" + key + ": framework/interview-framework.md`");
            }
            return null;
        }
        Optional<String> source = tree.resolve(GuideLoader.GUIDE_YML, value.strip());
        if (source.isEmpty() || !listed.contains(source.get())) {
            fields.problem(key, "`practice: " + key + ": " + value.strip() + "` is not a chapter listed under `parts:`"
                    + " — write the path of a listed chapter, relative to guide/");
            return null;
        }
        return source.get();
    }

    private List<Practice.Step> steps(MappingReader fields) {
        YamlDoc list = fields.node("steps");
        if (list == null || !list.isSequence() || list.items().isEmpty()) {
            fields.problem("steps", "`practice:` needs `steps:` — a list of `- step: Clarify requirements`"
                    + " entries, each with `minutes: 5`");
            return List.of();
        }
        List<Practice.Step> steps = new ArrayList<>();
        for (YamlDoc item : list.items()) {
            if (!item.isMapping()) {
                problems.add(item.path(), item.line(), "a practice step must be a mapping like `{step: Clarify"
                        + " requirements, minutes: 5}` — give each step a `step:` title and its `minutes:`");
                continue;
            }
            MappingReader step = new MappingReader(item, "a practice step", problems);
            step.rejectUnknownKeys(STEP_KEYS);
            String title = step.required("step", "Clarify requirements");
            int minutes = minutes(step);
            String section = step.optional("section", "").strip();
            if (!title.isEmpty() && minutes > 0) steps.add(new Practice.Step(title, minutes, section, item.line()));
        }
        return steps.size() == list.items().size() ? steps : List.of();
    }

    private int minutes(MappingReader step) {
        String text = step.optional("minutes", null);
        if (text == null) {
            step.problem("minutes", "a practice step has no `minutes:` — add the step's time budget, e.g. `minutes: 5`");
            return 0;
        }
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= 1 && minutes <= MAX_MINUTES) return minutes;
        } catch (NumberFormatException e) {
            // reported below
        }
        step.problem("minutes", "`minutes: " + text.strip() + "` is not a whole number of minutes from 1 to "
                + MAX_MINUTES + " — write the step's budget, e.g. `minutes: 5`");
        return 0;
    }
}
