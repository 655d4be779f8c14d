package dev.qakit.render.html;

/** What {@link HtmlRenderer} writes around a page's content. */
public enum HtmlLayout {
    /**
     * A complete HTML document: {@code <head>} with title, description, stylesheet, content
     * security policy and JSON-LD, the siblings as navigation, then the page.
     */
    DOCUMENT,
    /**
     * Only the page's {@code <article>} element, for embedding into another page: no head,
     * no stylesheet, no navigation, no JSON-LD.
     */
    FRAGMENT
}
