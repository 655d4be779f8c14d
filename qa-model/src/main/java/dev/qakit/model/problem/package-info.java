/**
 * The one problem type every qakit module reports with: {@link dev.qakit.model.problem.Problem}
 * (severity, stable rule id, message) at a {@link dev.qakit.model.problem.SourceLocation}, and
 * {@link dev.qakit.model.problem.ContentException} for callers that prefer an exception.
 */
@NullMarked
package dev.qakit.model.problem;

import org.jspecify.annotations.NullMarked;
