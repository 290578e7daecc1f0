package org.guidebook.render;

import java.util.List;
import org.guidebook.enrich.Asset;
import org.guidebook.model.Book;
import org.guidebook.write.Output;

/** Everything a renderer may use: the enriched book, the files to carry, the theme, and where to put files. */
public record RenderContext(Book book, List<Asset> assets, Theme theme, Output output) {

    public RenderContext {
        assets = List.copyOf(assets);
    }
}
