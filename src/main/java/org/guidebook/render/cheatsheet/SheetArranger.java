package org.guidebook.render.cheatsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Arranges a sheet's boxes into rows, keeping the author's order: consecutive ordinary boxes share a row of
 * two columns, split where the two columns come out closest in height (measured, not guessed); a box that
 * needs the full width (a diagram, a table, code) gets a row of its own, and so does a box that would
 * otherwise sit alone in a two-column row.
 */
final class SheetArranger {
    private SheetArranger() {
    }

    /** One row of a sheet: either two columns of boxes, or one box across the full width. */
    sealed interface Row permits Columns, Wide {
    }

    /** Box indexes of the left and right column, each top to bottom. */
    record Columns(List<Integer> left, List<Integer> right) implements Row {
    }

    record Wide(int box) implements Row {
    }

    /**
     * @param wide    for each box, whether it needs the full width
     * @param heights for each box, its height in a column (ignored for wide boxes), including the space below it
     */
    static List<Row> arrange(List<Boolean> wide, List<Double> heights) {
        List<Row> rows = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < wide.size(); i++) {
            if (wide.get(i)) {
                closeRun(run, heights, rows);
                rows.add(new Wide(i));
            } else {
                run.add(i);
            }
        }
        closeRun(run, heights, rows);
        return rows;
    }

    private static void closeRun(List<Integer> run, List<Double> heights, List<Row> rows) {
        if (run.size() == 1) rows.add(new Wide(run.get(0)));
        if (run.size() >= 2) {
            int split = balancedSplit(run.stream().map(heights::get).toList());
            rows.add(new Columns(List.copyOf(run.subList(0, split)), List.copyOf(run.subList(split, run.size()))));
        }
        run.clear();
    }

    /**
     * The number of boxes that go into the left column so that the taller column is as short as possible; on a
     * tie the left column takes more, so the eye, which reads the left column first, meets the fuller one.
     */
    static int balancedSplit(List<Double> heights) {
        double total = heights.stream().mapToDouble(Double::doubleValue).sum();
        int best = 1;
        double bestTaller = Double.MAX_VALUE;
        double left = 0;
        for (int split = 1; split < heights.size(); split++) {
            left += heights.get(split - 1);
            double taller = Math.max(left, total - left);
            if (taller <= bestTaller + 1e-9) {
                best = split;
                bestTaller = taller;
            }
        }
        return best;
    }
}
