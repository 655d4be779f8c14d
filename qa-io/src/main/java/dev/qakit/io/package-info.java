/**
 * Types shared by all qakit readers: {@link dev.qakit.io.ReadResult} (a value and the problems
 * found while reading it) and {@link dev.qakit.io.SourceMap} (where each part of a value came
 * from). The readers themselves are in {@code dev.qakit.io.devalue}, {@code dev.qakit.io.nuxt}
 * and {@code dev.qakit.io.markdown}.
 */
@NullMarked
package dev.qakit.io;

import org.jspecify.annotations.NullMarked;
