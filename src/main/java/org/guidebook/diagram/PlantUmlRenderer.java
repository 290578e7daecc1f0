package org.guidebook.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sourceforge.plantuml.preproc.Defines;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.eggs.PSystemWelcome;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * Renders self-contained PlantUML source to SVG inside this JVM. Uses PlantUML's deterministic SVG format
 * (identical bytes whatever fonts the machine has) without embedded metadata. A syntax error or an empty
 * diagram comes back as a {@link Failure} with the 0-based source line, never as PlantUML's error picture.
 */
final class PlantUmlRenderer {

    /** The outcome of one render. */
    sealed interface Outcome permits Svg, Failure {
    }

    record Svg(String svg) implements Outcome {
    }

    /** {@code line} is 0-based in the expanded source, or -1 when PlantUML does not say. */
    record Failure(int line, String message) implements Outcome {
    }

    static {
        // Read once by PlantUML before its first use: no local files, no network, no environment.
        System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * An empty diagram: PlantUML draws its welcome picture (status 0) for it, but only when no configuration
     * is given, so a diagram that came out with no entities is parsed once more without the configuration
     * to tell an empty source from one that only has notes or settings.
     */
    private static boolean hasNoEntities(Diagram diagram) {
        var description = diagram.getDescription();
        return description != null && description.getDescription() != null
                && description.getDescription().contains("(0 entities)");
    }

    private static boolean isEmpty(String source) {
        List<BlockUml> blocks = new SourceStringReader(source, StandardCharsets.UTF_8).getBlocks();
        return !blocks.isEmpty() && blocks.get(0).getDiagram() instanceof PSystemWelcome;
    }

    /** The PlantUML version, part of every cache key. */
    static String version() {
        return net.sourceforge.plantuml.version.Version.versionString();
    }

    /** Passed to PlantUML as configuration, like {@code -Playout=smetana}: the source itself is untouched. */
    private static final List<String> CONFIG = List.of("!pragma layout smetana");

    Outcome render(String source) {
        SourceStringReader reader = new SourceStringReader(Defines.createEmpty(), source, CONFIG);
        if (reader.getBlocks().isEmpty()) return new Failure(-1, "no @startuml … @enduml block");
        BlockUml block = reader.getBlocks().get(0);
        Diagram diagram = block.getDiagram();
        if (hasNoEntities(diagram) && isEmpty(source)) return new Failure(-1, "the diagram is empty");
        if (diagram instanceof PSystemError error) {
            ErrorUml first = error.getFirstError();
            int line = error.getLineLocation() == null ? -1 : error.getLineLocation().getPosition();
            String message = first == null ? "syntax error" : first.getError();
            return new Failure(line, message);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            diagram.exportDiagram(out, 0, new FileFormatOption(FileFormat.SVG_DETERMINISTIC, false));
            return new Svg(out.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new Failure(-1, "PlantUML could not render it: " + e.getMessage());
        }
    }
}
