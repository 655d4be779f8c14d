/**
 * The {@code anki} renderer, {@link dev.qakit.render.anki.AnkiRenderer}: an Anki deck (TSV)
 * with one note per question.
 */
@NullMarked
package dev.qakit.render.anki;

import org.jspecify.annotations.NullMarked;
