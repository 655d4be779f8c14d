/**
 * Implementation of the validator: constraint mapping, page summaries, site rules, lints,
 * configuration reading. Not API: anything here may change without notice.
 */
@NullMarked
package dev.qakit.validate.internal;

import org.jspecify.annotations.NullMarked;
