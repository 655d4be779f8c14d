/**
 * Implementation of the renderers: not API, may change at any time; do not depend on it.
 */
@NullMarked
package dev.qakit.render.internal;

import org.jspecify.annotations.NullMarked;
