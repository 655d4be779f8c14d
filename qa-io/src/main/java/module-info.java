/**
 * qakit I/O: the devalue codec, the Nuxt payload, HTML and site loaders, and the Markdown
 * frontmatter reader and writer.
 */
module dev.qakit.io {
    requires transitive dev.qakit.model;
    requires static transitive org.jspecify;
    requires tools.jackson.core;
    requires org.snakeyaml.engine;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;

    exports dev.qakit.io;
    exports dev.qakit.io.devalue;
    exports dev.qakit.io.input;
    exports dev.qakit.io.json;
    exports dev.qakit.io.markdown;
    exports dev.qakit.io.nuxt;
}
