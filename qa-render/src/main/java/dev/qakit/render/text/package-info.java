/**
 * The {@code text} renderer, {@link dev.qakit.render.text.PlainTextRenderer}: plain text
 * without markup.
 */
@NullMarked
package dev.qakit.render.text;

import org.jspecify.annotations.NullMarked;
