package org.guidebook.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The accessibility metadata follows the content: a book without pictures claims no visual mode. */
class AccessibilityMetadataTest {

    @Test
    void textOnlyBookIsTextualWithoutAlternativeTextClaims() {
        Accessibility a = Accessibility.of(new Accessibility.Contents(1, 1, 0, 0, 0, 0, 3, false));
        assertEquals(List.of("textual"), a.accessModes());
        assertEquals(List.of("textual"), a.accessModesSufficient());
        assertFalse(a.features().contains("alternativeText"));
        assertTrue(a.summary().startsWith("This e-book has 1 chapter in 1 part"), a.summary());
        assertFalse(a.summary().contains("diagram"), a.summary());
    }

    @Test
    void picturesAddTheVisualModeAndTheirTextAlternatives() {
        Accessibility a = Accessibility.of(new Accessibility.Contents(4, 2, 3, 1, 2, 1, 9, false));
        assertEquals(List.of("textual", "visual"), a.accessModes());
        assertTrue(a.features().contains("alternativeText"));
        assertTrue(a.summary().contains("3 diagrams are drawn as SVG"), a.summary());
        assertTrue(a.summary().contains("1 of 2 tables have header cells"), a.summary());
        assertEquals(List.of("none"), a.hazards());
    }

    @Test
    void animatedImagesMakeTheHazardUnknown() {
        assertEquals(List.of("unknown"), Accessibility.of(new Accessibility.Contents(1, 1, 0, 1, 0, 0, 1, true)).hazards());
    }
}
