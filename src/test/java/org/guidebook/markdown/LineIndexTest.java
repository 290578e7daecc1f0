package org.guidebook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.Test;

/** The line table must give exactly the lines flexmark's own (quadratic) count gives, for every node. */
class LineIndexTest {
    private static final Parser PARSER = Parser.builder().build();

    @Test
    void agreesWithFlexmarkOnEveryNodeOfTheRealGuide() throws IOException {
        List<Path> chapters;
        try (Stream<Path> files = Files.walk(FixtureRepo.PROJECT.resolve("guide"))) {
            chapters = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int nodes = 0;
        for (Path chapter : chapters) nodes += assertSameLines(Files.readString(chapter, StandardCharsets.UTF_8));
        assertEquals(true, nodes > 10_000, "checked only " + nodes + " nodes");
    }

    @Test
    void agreesWithFlexmarkOnEveryKindOfLineBreak() {
        assertSameLines("# A\r\n\r\npara *one*\rline\n\n- x\r\n- y\n\n```\ncode\r\n```\n");
        assertSameLines("\n\n\ntext at line three");
        assertSameLines("no line break");
        assertSameLines("");
    }

    @Test
    void countsLineStartsAtOrBeforeTheOffset() {
        LineIndex lines = LineIndex.of("ab\ncd\r\nef\rg");
        assertEquals(0, lines.lineOf(0));
        assertEquals(0, lines.lineOf(2));   // the \n ends line 0
        assertEquals(1, lines.lineOf(3));
        assertEquals(1, lines.lineOf(6));   // inside \r\n
        assertEquals(2, lines.lineOf(7));
        assertEquals(3, lines.lineOf(10));
    }

    private static int assertSameLines(String markdown) {
        Document document = PARSER.parse(markdown);
        LineIndex lines = LineIndex.of(document.getChars());
        int[] count = {0};
        walk(document, node -> {
            assertEquals(node.getLineNumber(), lines.lineOf(node.getStartOffset()),
                    () -> "line of " + node.getClass().getSimpleName() + " at offset " + node.getStartOffset());
            count[0]++;
        });
        return count[0];
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) walk(child, visit);
    }
}
