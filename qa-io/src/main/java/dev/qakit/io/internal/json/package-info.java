/**
 * The service provider that registers the {@code json} renderer with
 * {@code dev.qakit.render.Renderers}. Not API: do not depend on it; it is not exported and
 * may change at any time.
 */
@NullMarked
package dev.qakit.io.internal.json;

import org.jspecify.annotations.NullMarked;
