/**
 * The content validator. Start with {@link dev.qakit.validate.ContentValidator}; configure it
 * with {@link dev.qakit.validate.ValidationConfig} (usually read from {@code qa.yaml}); the
 * rules are listed by {@link dev.qakit.validate.Rules}. Reports are written by the formats in
 * {@code dev.qakit.validate.report}.
 */
@NullMarked
package dev.qakit.validate;

import org.jspecify.annotations.NullMarked;
