package org.guidebook.support;

import java.nio.charset.StandardCharsets;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;

/**
 * The project's own guide, built once per test JVM (in memory, without the diagram cache) and shared by
 * every test that looks at it: building it takes several seconds, checking it many times costs nothing.
 */
public final class RealGuide {
    private static Guidebook.Result result;

    private RealGuide() {
    }

    public static synchronized Guidebook.Result result() {
        if (result == null) {
            result = new Guidebook(FixtureRepo.PROJECT).run(new Guidebook.Options(null, true, DiagramStage.Progress.NONE));
        }
        return result;
    }

    /** A generated output file's bytes, or an error when the build did not make it. */
    public static byte[] bytes(String path) {
        byte[] bytes = result().output().generated(path);
        if (bytes == null) throw new AssertionError("the real guide's build has no " + path);
        return bytes;
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
