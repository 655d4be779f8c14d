package dev.qakit.model;

import dev.qakit.model.constraints.ConsistentSiblings;
import dev.qakit.model.internal.OrderedMaps;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a question page's async data holds in a Nuxt payload
 * ({@code data["qa-/fastapi/fundamentals/async-basics"]}): the page, the other pages of its
 * topic, and {@code blog}.
 *
 * @param page the page
 * @param siblings the pages of the same framework and topic, the page itself included, by order
 * @param blog the {@code blog} member as an untyped value; {@link JsonNull#INSTANCE} for
 *     {@code null} (what this site family writes), {@link Undefined#INSTANCE} when absent
 * @param extra other members of the entry, in order
 */
@ConsistentSiblings
public record PageData(@Valid Page page, List<@Valid Sibling> siblings, Object blog, Map<String, Object> extra) {

        /**
     * Copies the collections.
     *
     * @param page the page
     * @param siblings the siblings
     * @param blog the blog
     * @param extra the extra
     */
    public PageData {
        Objects.requireNonNull(page, "page");
        siblings = List.copyOf(siblings);
        Objects.requireNonNull(blog, "blog");
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * Page data with {@code blog: null} and nothing else.
     *
     * @param page the page
     * @param siblings the siblings
     * @return the page data
     */
    public static PageData of(Page page, List<Sibling> siblings) {
        return new PageData(page, siblings, JsonNull.INSTANCE, Map.of());
    }

    /**
     * This page data with another page.
     *
     * @param newPage the page
     * @return a new value
     */
    public PageData withPage(Page newPage) {
        return new PageData(newPage, siblings, blog, extra);
    }

    /**
     * This page data with other siblings.
     *
     * @param newSiblings the siblings
     * @return a new value
     */
    public PageData withSiblings(List<Sibling> newSiblings) {
        return new PageData(page, newSiblings, blog, extra);
    }
}
