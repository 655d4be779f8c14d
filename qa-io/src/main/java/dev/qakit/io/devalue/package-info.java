/**
 * The devalue codec: {@link dev.qakit.io.devalue.DevalueCodec} decodes and encodes the payloads
 * that devalue writes (Nuxt's {@code _payload.json} and {@code __NUXT_DATA__}, SvelteKit's
 * data), {@link dev.qakit.io.devalue.CanonicalJson} shows a decoded graph as plain JSON, and
 * {@link dev.qakit.io.devalue.NuxtTags} holds Nuxt's custom tags. Start with
 * {@link dev.qakit.io.devalue.DevalueCodec}; the value types ({@code Js*},
 * {@link dev.qakit.io.devalue.SparseArray}, {@link dev.qakit.io.devalue.Tagged}, ...) are what
 * decoding produces.
 */
@NullMarked
package dev.qakit.io.devalue;

import org.jspecify.annotations.NullMarked;
