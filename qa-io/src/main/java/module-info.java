/**
 * qakit I/O: the devalue codec, the Nuxt payload, HTML and site loaders, the Markdown
 * frontmatter reader and writer, and the model as JSON (also as the {@code json} renderer).
 */
module dev.qakit.io {
    requires transitive dev.qakit.model;
    requires transitive dev.qakit.render;
    requires static transitive org.jspecify;
    requires tools.jackson.core;
    requires org.snakeyaml.engine;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;

    exports dev.qakit.io;
    exports dev.qakit.io.devalue;
    exports dev.qakit.io.input;
    exports dev.qakit.io.json;
    exports dev.qakit.io.markdown;
    exports dev.qakit.io.nuxt;

    provides dev.qakit.render.spi.RendererProvider with dev.qakit.io.internal.json.JsonRendererProvider;
}
