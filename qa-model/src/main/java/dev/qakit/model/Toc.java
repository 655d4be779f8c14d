package dev.qakit.model;

import dev.qakit.model.internal.OrderedMaps;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A body's table of contents, as {@code @nuxtjs/mdc} builds it: links to the {@code h2} …
 * {@code h(depth+1)} headings, deeper ones nested under the shallower one before them.
 *
 * @param title the toc title, usually {@code ""}
 * @param searchDepth how many levels deep headings were searched
 * @param depth the deepest heading level linked, minus one ({@code 2} links h2 and h3)
 * @param links the top-level links
 * @param extra members not modelled, in order
 */
public record Toc(String title, int searchDepth, int depth, List<TocLink> links, Map<String, Object> extra) {

        /**
     * Copies the collections.
     *
     * @param title the title
     * @param searchDepth the searchDepth
     * @param depth the depth
     * @param links the links
     * @param extra the extra
     */
    public Toc {
        Objects.requireNonNull(title, "title");
        links = List.copyOf(links);
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * A toc with Nuxt Content's defaults: title {@code ""}, search depth 2, depth 2.
     *
     * @param links the links
     * @return the toc
     */
    public static Toc of(List<TocLink> links) {
        return new Toc("", 2, 2, links, Map.of());
    }
}
