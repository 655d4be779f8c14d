/**
 * JMH benchmarks of qakit, each measured beside a reference in the same run: raw Jackson
 * streaming over the same bytes, commonmark-java alone over the same Markdown. Inputs come
 * from {@link dev.qakit.bench.Inputs}; {@code bench/run} builds, generates, runs and reports.
 */
@NullMarked
package dev.qakit.bench;

import org.jspecify.annotations.NullMarked;
