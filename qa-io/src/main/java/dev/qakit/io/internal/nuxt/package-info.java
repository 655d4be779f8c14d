/**
 * Helpers of the Nuxt loaders and the JSON writer. Not API: do not depend on it;
 * it is not exported and may change at any time.
 */
@NullMarked
package dev.qakit.io.internal.nuxt;

import org.jspecify.annotations.NullMarked;
