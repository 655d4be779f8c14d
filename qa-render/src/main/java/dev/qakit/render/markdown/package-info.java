/**
 * The {@code markdown} renderer, {@link dev.qakit.render.markdown.MarkdownRenderer}: a page as
 * a readable Markdown document.
 */
@NullMarked
package dev.qakit.render.markdown;

import org.jspecify.annotations.NullMarked;
