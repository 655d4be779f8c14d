/**
 * The content validator. Start with {@link dev.qakit.validate.ContentValidator}; configure it
 * with {@link dev.qakit.io.input.QaConfig} (read from {@code qa.yaml} by the front door, {@link dev.qakit.io.input.InputReader}); the
 * rules are listed by {@link dev.qakit.validate.Rules}. Reports are written by the formats in
 * {@code dev.qakit.validate.report}.
 */
@NullMarked
package dev.qakit.validate;

import org.jspecify.annotations.NullMarked;
