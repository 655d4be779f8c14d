/**
 * The front door: {@link dev.qakit.io.input.InputReader} takes any paths — Markdown files,
 * content folders or any subfolder of one, payloads of any name, prerendered pages, generated
 * sites or any folder of one — decides what each is once, finds its root and its
 * {@code qa.yaml} ({@link dev.qakit.io.input.QaConfig}), and streams
 * {@link dev.qakit.io.input.Unit}s. Every {@code qa} command, the validator and the Maven plugin
 * read through it.
 */
@NullMarked
package dev.qakit.io.input;

import org.jspecify.annotations.NullMarked;
