/**
 * Rendering question pages: {@link dev.qakit.render.Renderer} and the registry
 * {@link dev.qakit.render.Renderers}, which finds every renderer on the class or module path.
 *
 * <p>Built-in renderers, each also constructible directly with its options builder:
 * {@code html} ({@link dev.qakit.render.html.HtmlRenderer}), {@code markdown}
 * ({@link dev.qakit.render.markdown.MarkdownRenderer}), {@code jsonld}
 * ({@link dev.qakit.render.jsonld.JsonLdRenderer}), {@code text}
 * ({@link dev.qakit.render.text.PlainTextRenderer}) and {@code anki}
 * ({@link dev.qakit.render.anki.AnkiRenderer}). A whole site of HTML pages is written by
 * {@link dev.qakit.render.site.StaticSiteWriter}.
 *
 * <p>The {@code json} renderer lives in qa-io, next to the JSON writer it delegates to
 * ({@code dev.qakit.io.json.JsonRenderer}), and registers itself through the same service, so
 * {@link dev.qakit.render.Renderers#discover()} finds it whenever qa-io is on the path.
 */
@NullMarked
package dev.qakit.render;

import org.jspecify.annotations.NullMarked;
