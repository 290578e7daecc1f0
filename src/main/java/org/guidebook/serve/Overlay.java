package org.guidebook.serve;

import java.util.List;
import org.guidebook.problem.Problem;
import org.guidebook.render.Json;

/** The problems of a failed build as the page's overlay reads them: a JSON array of {@code path:line: message} lines. */
final class Overlay {
    private Overlay() {
    }

    static String json(List<Problem> problems) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) json.append(',');
            json.append(Json.string(problems.get(i).format()));
        }
        return json.append(']').toString();
    }
}
