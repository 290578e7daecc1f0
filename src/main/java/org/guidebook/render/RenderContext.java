package org.guidebook.render;

import java.util.List;
import org.guidebook.enrich.Asset;
import org.guidebook.model.Book;
import org.guidebook.write.Output;

/**
 * Everything a renderer may use: the enriched book, the files to carry, the theme, where to put files, and
 * the links the home page offers (downloads and extra pages, filled by the renderers that run before the site).
 */
public record RenderContext(Book book, List<Asset> assets, Theme theme, Output output, HomeLinks home) {

    public RenderContext {
        assets = List.copyOf(assets);
    }

    public RenderContext(Book book, List<Asset> assets, Theme theme, Output output) {
        this(book, assets, theme, output, new HomeLinks());
    }
}
