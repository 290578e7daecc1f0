package org.guidebook.render.cheatsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How boxes are split into rows and columns, from their measured heights. */
class SheetArrangerTest {
    @Test
    void splitsARunWhereTheTallerColumnIsShortest() {
        assertEquals(3, SheetArranger.balancedSplit(List.of(30.0, 20.0, 25.0, 40.0, 30.0)), "75 | 70");
        assertEquals(1, SheetArranger.balancedSplit(List.of(80.0, 20.0, 20.0, 20.0)), "80 | 60");
        assertEquals(2, SheetArranger.balancedSplit(List.of(10.0, 10.0, 10.0, 10.0)), "a tie between equal columns");
        assertEquals(2, SheetArranger.balancedSplit(List.of(10.0, 10.0, 10.0)), "on a tie the left column takes more");
    }

    @Test
    void fullWidthBoxesAndLoneBoxesGetARowOfTheirOwn() {
        List<Boolean> wide = List.of(false, false, false, true, false);
        List<Double> heights = List.of(20.0, 20.0, 20.0, 0.0, 20.0);
        assertEquals(List.of(
                new SheetArranger.Columns(List.of(0, 1), List.of(2)),
                new SheetArranger.Wide(3),
                new SheetArranger.Wide(4)), SheetArranger.arrange(wide, heights));
    }
}
