package org.guidebook.render.offline;

import org.guidebook.model.Meta;
import org.guidebook.render.Json;

/**
 * The web app manifest ({@code manifest.webmanifest}) that makes the site installable. Every URL in it is
 * relative to the manifest, which sits at the site root: {@code start_url} and {@code scope} are the site's own
 * folder, so an install works at a domain root and under any sub-path alike.
 */
final class AppManifest {
    static final String PATH = "manifest.webmanifest";

    private AppManifest() {
    }

    static String of(Meta meta, ThemeColours colours) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"name\": ").append(Json.string(meta.title())).append(",\n");
        json.append("  \"short_name\": ").append(Json.string(meta.shortName())).append(",\n");
        if (!meta.subtitle().isEmpty()) json.append("  \"description\": ").append(Json.string(meta.subtitle())).append(",\n");
        json.append("  \"lang\": ").append(Json.string(meta.language())).append(",\n");
        json.append("  \"id\": \"./\",\n");
        json.append("  \"start_url\": \"./\",\n");
        json.append("  \"scope\": \"./\",\n");
        json.append("  \"display\": \"standalone\",\n");
        json.append("  \"theme_color\": \"").append(AppIcons.hex(colours.theme())).append("\",\n");
        json.append("  \"background_color\": \"").append(AppIcons.hex(colours.background())).append("\",\n");
        json.append("  \"icons\": [\n");
        json.append("    {\"src\": \"").append(OfflineAppRenderer.ICON_SVG).append("\", \"sizes\": \"any\", \"type\": \"image/svg+xml\"},\n");
        json.append("    {\"src\": \"").append(OfflineAppRenderer.icon(192)).append("\", \"sizes\": \"192x192\", \"type\": \"image/png\"},\n");
        json.append("    {\"src\": \"").append(OfflineAppRenderer.icon(512)).append("\", \"sizes\": \"512x512\", \"type\": \"image/png\"}\n");
        json.append("  ]\n}\n");
        return json.toString();
    }
}
