package dev.qakit.model;

import java.util.List;
import java.util.Objects;

/**
 * One table-of-contents entry.
 *
 * @param id the heading's anchor id
 * @param depth the heading level (2 for h2)
 * @param text the heading's text
 * @param children deeper headings under this one; empty when none (the wire form then omits
 *     {@code children})
 */
public record TocLink(String id, int depth, String text, List<TocLink> children) {
        /**
     * Copies the children.
     *
     * @param id the id
     * @param depth the depth
     * @param text the text
     * @param children the children
     */
    public TocLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }
}
