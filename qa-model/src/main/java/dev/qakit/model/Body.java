package dev.qakit.model;

import dev.qakit.model.internal.OrderedMaps;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page's parsed Markdown body.
 *
 * @param type {@value #MINIMARK} (Nuxt Content 3) or {@value #ROOT} (the hast-like tree of
 *     Nuxt Content 2 and MDC); writers use it to choose the wire form
 * @param value the top-level nodes, in order
 * @param toc the table of contents, or null when the body has none ({@code toc: false})
 * @param extra members of the body object that are not modelled, in order
 */
public record Body(String type, List<BodyNode> value, @Nullable Toc toc, Map<String, Object> extra) {

    /** The body type of Nuxt Content 3. */
    public static final String MINIMARK = "minimark";

    /** The body type of Nuxt Content 2 and of MDC parse results. */
    public static final String ROOT = "root";

        /**
     * Copies the collections.
     *
     * @param type the type
     * @param value the value
     * @param toc the toc
     * @param extra the extra
     */
    public Body {
        Objects.requireNonNull(type, "type");
        value = List.copyOf(value);
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * A minimark body without extra members.
     *
     * @param value the nodes
     * @param toc the table of contents, or null
     * @return the body
     */
    public static Body minimark(List<BodyNode> value, @Nullable Toc toc) {
        return new Body(MINIMARK, value, toc, Map.of());
    }
}
