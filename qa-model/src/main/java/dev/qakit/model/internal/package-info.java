/** Helpers shared by the model's records. Not API: do not depend on this package. */
@NullMarked
package dev.qakit.model.internal;

import org.jspecify.annotations.NullMarked;
