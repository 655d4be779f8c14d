/** The devalue codec's machinery: payload tokenizer, decoder, encoder, canonical JSON. Not API. */
@NullMarked
package dev.qakit.io.internal.devalue;

import org.jspecify.annotations.NullMarked;
