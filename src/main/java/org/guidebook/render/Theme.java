package org.guidebook.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.guidebook.problem.AuthorErrors;

/**
 * The theme in {@code templates/}: Pebble templates ({@code *.peb}), static files under
 * {@code templates/assets/} that every site carries, and the e-book's stylesheet under {@code templates/epub/}. Templates see exactly one {@link PageContext} as
 * {@code page}; users override the look by editing these files.
 */
public final class Theme {
    public static final String DIR = "templates";
    private final PebbleEngine engine;
    private final Path dir;
    private final Map<String, byte[]> assets;
    private final Map<String, byte[]> epubFiles;

    public Theme(Path repositoryRoot) {
        this.dir = repositoryRoot.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            throw AuthorErrors.single(DIR, 0, "missing — the theme's templates and assets must be in templates/");
        }
        FileLoader loader = new FileLoader(dir.toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .cacheActive(true)
                .newLineTrimming(true)
                .build();
        this.assets = readAssets(dir.resolve("assets"));
        this.epubFiles = readAssets(dir.resolve("epub"));
    }

    /** One file of the e-book theme under {@code templates/epub/} (e.g. {@code book.css}), as text. */
    public String epubText(String name) {
        byte[] bytes = epubFiles.get(name);
        if (bytes == null) throw AuthorErrors.single(DIR + "/epub/" + name, 0, "missing theme file — restore it");
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Renders template {@code name} (without {@code .peb}) with {@code page}. */
    public String render(String name, PageContext page) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter();
            template.evaluate(out, Map.of("page", page), Locale.ROOT);
            return out.toString();
        } catch (PebbleException e) {
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String file = e.getFileName() == null ? name : e.getFileName();
            throw AuthorErrors.single(DIR + "/" + Path.of(file).getFileName().toString().replaceFirst("(\\.peb)?$", ".peb"),
                    line, "template error: " + e.getPebbleMessage() + " — fix the template");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theme's static files by path under {@code templates/assets/}, sorted. */
    public Map<String, byte[]> assets() {
        return assets;
    }

    /** One static file's text, e.g. the stylesheet to inline into a self-contained page. */
    public String assetText(String name) {
        byte[] bytes = assets.get(name);
        if (bytes == null) throw AuthorErrors.single(DIR + "/assets/" + name, 0, "missing theme file — restore it");
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> readAssets(Path assetDir) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        if (!Files.isDirectory(assetDir)) return result;
        try (Stream<Path> walk = Files.walk(assetDir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                result.put(assetDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
