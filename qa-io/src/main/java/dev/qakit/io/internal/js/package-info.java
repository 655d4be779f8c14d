/** JavaScript's own text forms shared by the devalue, Nuxt and JSON code: number text. Not API. */
@NullMarked
package dev.qakit.io.internal.js;

import org.jspecify.annotations.NullMarked;
