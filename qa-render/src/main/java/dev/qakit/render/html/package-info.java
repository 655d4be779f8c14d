/**
 * The {@code html} renderer, {@link dev.qakit.render.html.HtmlRenderer}: safe HTML pages or
 * fragments of question pages.
 */
@NullMarked
package dev.qakit.render.html;

import org.jspecify.annotations.NullMarked;
