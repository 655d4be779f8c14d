package dev.qakit.model;

import dev.qakit.model.internal.OrderedMaps;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page's {@code seo} object: Nuxt Content 3 fills {@code title} and {@code description} from
 * the page unless the frontmatter sets them; other keys ({@code ogImage}, …) are kept in
 * {@code extra}. A page with neither frontmatter {@code title} nor h1 has no {@code seo.title}.
 *
 * @param title the SEO title, or null when absent
 * @param description the SEO description, or null when absent
 * @param extra the other members, in order
 */
public record Seo(@Nullable String title, @Nullable String description, Map<String, Object> extra) {
        /**
     * Copies the extra members.
     *
     * @param title the title
     * @param description the description
     * @param extra the extra
     */
    public Seo {
        extra = OrderedMaps.copyOf(extra, "extra");
    }
}
