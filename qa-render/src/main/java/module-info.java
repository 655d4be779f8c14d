/**
 * qakit rendering: the renderer SPI ({@link dev.qakit.render.Renderer},
 * {@link dev.qakit.render.spi.RendererProvider}, {@link dev.qakit.render.Renderers}), the
 * built-in HTML, Markdown, JSON-LD, plain-text and Anki renderers, and the static site writer.
 * The JSON renderer is provided by {@code dev.qakit.io}.
 */
module dev.qakit.render {
    requires transitive dev.qakit.model;
    requires static transitive org.jspecify;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;
    requires org.commonmark.ext.heading.anchor;
    requires org.jsoup;

    exports dev.qakit.render;
    exports dev.qakit.render.spi;
    exports dev.qakit.render.html;
    exports dev.qakit.render.markdown;
    exports dev.qakit.render.jsonld;
    exports dev.qakit.render.text;
    exports dev.qakit.render.anki;
    exports dev.qakit.render.site;

    uses dev.qakit.render.spi.RendererProvider;

    provides dev.qakit.render.spi.RendererProvider with
            dev.qakit.render.internal.HtmlRendererProvider,
            dev.qakit.render.internal.MarkdownRendererProvider,
            dev.qakit.render.internal.JsonLdRendererProvider,
            dev.qakit.render.internal.PlainTextRendererProvider,
            dev.qakit.render.internal.AnkiRendererProvider;
}
