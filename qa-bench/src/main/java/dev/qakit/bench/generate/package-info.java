/**
 * The generator of the benchmarks' synthetic inputs: question pages with realistic Markdown
 * answers, written as Nuxt payloads and as Nuxt Content Markdown trees. Everything it writes is
 * a pure function of a seed. Start at {@link dev.qakit.bench.generate.Generate}.
 */
@NullMarked
package dev.qakit.bench.generate;

import org.jspecify.annotations.NullMarked;
