/** The machinery behind {@code dev.qakit.io.input}: kind sniffing, globs, {@code qa.yaml} parsing, renaming. Not API. */
@NullMarked
package dev.qakit.io.internal.input;

import org.jspecify.annotations.NullMarked;
