/** qakit rendering: the renderer SPI and the built-in renderers. */
module dev.qakit.render {
    requires transitive dev.qakit.model;
    requires static transitive org.jspecify;
    requires dev.qakit.io;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;
    requires org.commonmark.ext.heading.anchor;
}
