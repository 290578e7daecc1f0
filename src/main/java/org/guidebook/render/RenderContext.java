package org.guidebook.render;

import java.time.Instant;
import java.util.List;
import org.guidebook.cache.ContentStore;
import org.guidebook.enrich.Asset;
import org.guidebook.index.BookIndex;
import org.guidebook.model.Book;
import org.guidebook.write.Output;

/**
 * Everything a renderer may use: the enriched book, its search and term indexes, the files to carry, the theme, where to put files, the
 * bytes of carried files (for outputs that must hold them inside themselves: the EPUB, the single file) and
 * the publication time that stands in for "now" wherever an output records a time.
 *
 * @param files      reads a carried repository file ({@link Asset#source()}) through the load stage
 * @param published  {@code date} from guide.yml at midnight UTC, or {@code SOURCE_DATE_EPOCH} when set
 * @param store      results of costly steps (the cheat sheets' layouts) kept between builds, keyed by their input
 */
public record RenderContext(Book book, BookIndex index, List<Asset> assets, Theme theme, Output output, RepositoryFiles files,
                            Instant published, ContentStore store, Derived derived) {

    public RenderContext {
        assets = List.copyOf(assets);
    }

    public RenderContext(Book book, BookIndex index, List<Asset> assets, Theme theme, Output output, RepositoryFiles files,
                         Instant published, ContentStore store) {
        this(book, index, assets, theme, output, files, published, store, new Derived());
    }

    /** A context that keeps nothing between builds. */
    public RenderContext(Book book, BookIndex index, List<Asset> assets, Theme theme, Output output, RepositoryFiles files,
                         Instant published) {
        this(book, index, assets, theme, output, files, published, ContentStore.none());
    }

    /**
     * Values several renderers derive from the same context (e.g. the back matter that the EPUB, the single
     * file and the print page all carry), computed once by whichever renderer asks first.
     */
    public static final class Derived {
        private final java.util.concurrent.ConcurrentHashMap<String, Object> values = new java.util.concurrent.ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        public <T> T get(String name, java.util.function.Supplier<T> compute) {
            return (T) values.computeIfAbsent(name, k -> compute.get());
        }
    }

    /** Read access to repository files for renderers that embed them; implemented by the load stage. */
    @FunctionalInterface
    public interface RepositoryFiles {
        byte[] read(String repositoryPath);
    }
}
