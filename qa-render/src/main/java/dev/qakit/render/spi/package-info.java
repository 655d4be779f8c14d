/**
 * The service interface for adding renderers: {@link dev.qakit.render.spi.RendererProvider}.
 */
@NullMarked
package dev.qakit.render.spi;

import org.jspecify.annotations.NullMarked;
