package dev.qakit.render;

import dev.qakit.model.PageData;
import java.io.IOException;

/**
 * Turns one question page ({@link PageData}: a page with its siblings) into a document of one
 * format: HTML, Markdown, JSON-LD, plain text, an Anki deck, ….
 *
 * <pre>{@code
 * Renderer html = Renderers.discover().require("html");
 * String page = html.render(pageData);
 * }</pre>
 *
 * <p>Implementations are immutable and safe to share between threads: all per-call state lives
 * in the call. They never close the {@link Appendable} they are given.
 */
public interface Renderer {

    /**
     * The renderer's name, the value of {@code qa render --format}: lowercase letters, digits
     * and hyphens ({@code html}, {@code jsonld}).
     *
     * @return the name
     */
    String name();

    /**
     * The IANA media type of the output ({@code text/html}).
     *
     * @return the media type, without parameters
     */
    String mediaType();

    /**
     * The file extension for the output, without the dot ({@code html}).
     *
     * @return the extension
     */
    String fileExtension();

    /**
     * Renders a page to an appendable.
     *
     * @param page the page and its siblings
     * @param out where the output goes; not closed
     * @throws IOException if {@code out} fails
     */
    void render(PageData page, Appendable out) throws IOException;

    /**
     * Renders a page to a string.
     *
     * @param page the page and its siblings
     * @return the output
     */
    default String render(PageData page) {
        StringBuilder sb = new StringBuilder();
        try {
            render(page, sb);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not throw IOException", e);
        }
        return sb.toString();
    }
}
