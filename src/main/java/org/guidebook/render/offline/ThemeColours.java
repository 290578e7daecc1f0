package org.guidebook.render.offline;

import java.awt.Color;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed app's colours, read from the theme's stylesheet so they follow the theme: the light scheme's
 * {@code --accent} (title bar, icon) and {@code --bg} (splash screen, icon letters), from the first
 * {@code :root} rule. A theme that writes them other than as {@code #rgb}/{@code #rrggbb} gets the default theme's.
 */
record ThemeColours(Color theme, Color background) {
    private static final Pattern ROOT_RULE = Pattern.compile(":root\\s*\\{([^}]*)}");
    static final Color DEFAULT_THEME = new Color(0x0b57d0);
    static final Color DEFAULT_BACKGROUND = Color.WHITE;

    static ThemeColours of(String css) {
        Matcher rule = ROOT_RULE.matcher(css);
        String body = rule.find() ? rule.group(1) : "";
        return new ThemeColours(property(body, "--accent", DEFAULT_THEME), property(body, "--bg", DEFAULT_BACKGROUND));
    }

    private static Color property(String body, String name, Color fallback) {
        Matcher m = Pattern.compile("(?:^|[;\\s])" + Pattern.quote(name) + "\\s*:\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\s*[;\\n]")
                .matcher(body);
        if (!m.find()) return fallback;
        String hex = m.group(1);
        if (hex.length() == 3) hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        return new Color(Integer.parseInt(hex, 16));
    }
}
