package org.guidebook.diagram;

import java.util.List;

/**
 * Diagram source with every local {@code !include} inlined, ready for PlantUML's SANDBOX profile, and the
 * origin of each of its lines so a PlantUML error on line N is reported where the author wrote it.
 */
public record ExpandedSource(String text, List<Origin> origins, List<String> includedFiles) {

    public ExpandedSource {
        origins = List.copyOf(origins);
        includedFiles = List.copyOf(includedFiles);
    }

    /** Origin of the 0-based line {@code index}, clamped to the last line. */
    public Origin originOf(int index) {
        if (origins.isEmpty()) return new Origin("?", 0);
        return origins.get(Math.max(0, Math.min(index, origins.size() - 1)));
    }
}
