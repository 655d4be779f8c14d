/**
 * The machinery behind {@code dev.qakit.io.markdown}: fence splitting, YAML composition with
 * marks, binding to the model, the Markdown-to-minimark conversion and the writers. Not API.
 */
@NullMarked
package dev.qakit.io.internal.markdown;

import org.jspecify.annotations.NullMarked;
