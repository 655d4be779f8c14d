/**
 * Report formats for validation results: {@link dev.qakit.validate.report.ReportFormat} names
 * them and creates their {@link dev.qakit.validate.report.Reporter}s (text, JSON, SARIF 2.1.0,
 * GitHub workflow commands, JUnit XML, GitLab Code Quality).
 */
@NullMarked
package dev.qakit.validate.report;

import org.jspecify.annotations.NullMarked;
