/**
 * Markdown question files: YAML frontmatter + Markdown body, read into
 * {@link dev.qakit.model.PageData} as Nuxt Content 3 builds its documents, and written back.
 *
 * <p>Entry points: {@link dev.qakit.io.markdown.MarkdownReader} (one file, text, or a whole
 * content tree), {@link dev.qakit.io.markdown.MarkdownWriter} (page data → Markdown text or a
 * file under an output folder), {@link dev.qakit.io.markdown.ContentFile} (Nuxt Content's
 * {@code id}/{@code stem}/{@code path}/{@code extension} of a file, and content-root
 * discovery), {@link dev.qakit.io.markdown.SiblingIndex} (sibling lists over a tree).
 *
 * <h2>Fences</h2>
 * The frontmatter opens with a first line {@code ---} and closes at the first later line that
 * starts with {@code ---}, as Nuxt Content reads it; a closing line that is more than
 * {@code ---} is reported ({@code frontmatter.fence}, warning). A fence never closed is an
 * error ({@code frontmatter.unclosed}, at 1:1) and gives no value: Nuxt would silently treat
 * the whole file as body. A first line {@code ---json} is refused ({@code frontmatter.language}).
 * Empty frontmatter gives an empty mapping; no frontmatter gives a page from the body alone;
 * {@code ---} lines in the body are thematic breaks. CRLF and lone CR line ends are read as
 * LF (line numbers stay those of the file).
 *
 * <h2>Byte-order mark</h2>
 * Nuxt Content 3.16 does not strip a UTF-8 BOM: the file no longer starts with {@code ---}, its
 * frontmatter becomes body text and the page is lost (the corpus page {@code rust/ownership/borrowing}
 * 404s). qakit reads such a file normally, so the content is not lost here and can be checked,
 * and reports a warning {@code frontmatter.bom} at 1:1 so that the author fixes the file before
 * Nuxt drops it. Locations count the BOM as one column of line 1.
 *
 * <h2>YAML</h2>
 * YAML 1.2 core schema, as the {@code yaml} package Nuxt Content uses: {@code no}, {@code on},
 * {@code yes} stay strings; {@code updated: 2026-06-20} stays the string {@code "2026-06-20"}
 * in {@link dev.qakit.model.Page#updated()} (payload round trips then compare equal), and
 * {@link dev.qakit.model.Page#updatedDate()} and the {@code @IsoDate} constraint read it as a
 * date. YAML {@code null} in untyped places (meta, navigation, question extras) is
 * {@link dev.qakit.model.JsonNull#INSTANCE}; for a typed component it means absent. Block and
 * folded scalars keep their text exactly; comments are ignored. Integers are {@code Integer}
 * or {@code Long}, other numbers {@code Double}. A duplicate key is an error
 * ({@code frontmatter.duplicate-key}); the last value is used, as Nuxt does. Anchors and
 * aliases work, but the values they produce are bounded
 * ({@link dev.qakit.io.markdown.MarkdownReader.Builder#maxAliasExpansion(int)}): a
 * "billion laughs" file fails fast with {@code frontmatter.alias-limit}. Syntax errors are
 * {@code frontmatter.yaml-syntax} at the position the YAML parser names. Top-level dotted keys
 * are unflattened as Nuxt Content does ({@code navigation.icon: x} → {@code navigation: {icon: x}}).
 *
 * <h2>From frontmatter to page</h2>
 * <ul>
 *   <li>{@code id} = {@code <collection>/<relative path>}, {@code stem}, {@code path},
 *       {@code extension}: from the file's place under the content root
 *       ({@link dev.qakit.io.markdown.ContentFile}).</li>
 *   <li>{@code title}: frontmatter, else a leading {@code # h1}, else the file name
 *       ({@code async-basics} → {@code Async Basics}). {@code description}: frontmatter, else the
 *       first paragraph when the body starts with it (after an optional h1), else {@code ""}.
 *       {@code seo}: frontmatter {@code seo} with {@code title} and {@code description} filled
 *       from the page, computed before the file-name fallback (so a page without title or h1
 *       has no {@code seo.title}, exactly as Nuxt Content 3 does).</li>
 *   <li>{@code navigation}: {@code true} unless the frontmatter says {@code false} or gives a
 *       mapping.</li>
 *   <li>The declared keys
 *       ({@link dev.qakit.io.markdown.MarkdownReader#DEFAULT_DECLARED_KEYS}, configurable) become
 *       the typed components; {@code questionsCount} is the number of questions and
 *       {@code related} the frontmatter list or {@code null}, as the site's page code computes
 *       them. Every other key goes to {@code meta}, as Nuxt Content 3 does.</li>
 *   <li>A value of the wrong type (questions not a list, a number where a string belongs) is
 *       an error at the value whose rule id names the field, {@code <record>.<field>-type}
 *       ({@code page.order-type}, {@code question.id-type}), the same id the Nuxt payload
 *       reader gives the same defect; strings are still made from numbers and
 *       booleans (as Nuxt's {@code String()} would), other wrong values are left out.</li>
 *   <li>The value is {@link dev.qakit.model.PageData} with {@code siblings} empty and
 *       {@code blog} {@code null}; see {@link dev.qakit.io.markdown.SiblingIndex}.</li>
 * </ul>
 *
 * <h2>Body</h2>
 * The Markdown after the frontmatter becomes a minimark {@link dev.qakit.model.Body} with the
 * toc Nuxt Content builds (h2 and h3 by default; a frontmatter {@code toc: false} removes it,
 * {@code toc: {depth, searchDepth, title}} changes it): heading ids slugged as
 * {@code @nuxtjs/mdc} does, external links {@code rel: ["nofollow"]}, table cell {@code align},
 * task lists, footnotes, {@code :emoji:} shortcodes. For the corpus pages the body and toc equal
 * the generated payloads' except for code blocks: Shiki highlighting is not reproduced, so a code
 * block is {@code ["pre", {className: "language-x", code, language, meta}, ["code", {__ignoreMap: ""}, source]]}
 * without highlighted spans and without the trailing {@code style} node. Inline HTML stays text;
 * HTML blocks become elements.
 *
 * <h2>Source map</h2>
 * Pointers have the payload's shape: {@code /page/title}, {@code /page/questions/2} (the
 * question's mapping), {@code /page/questions/2/a}, {@code /page/meta/author},
 * {@code /page/navigation/icon}; each maps to the 1-based line and UTF-16 column where the value
 * starts in the file (for a block scalar, its {@code |} or {@code >} indicator). {@code /page}
 * is the frontmatter's first line, {@code /page/body} the first body line.
 *
 * <h2>What the writer keeps where</h2>
 * The writer emits the frontmatter keys in a fixed order (title, description, the declared
 * keys, navigation, seo, related, meta keys, questions) and writes only what the reader would
 * not derive by itself, so that reading the output gives equal records. What Markdown cannot
 * otherwise carry — {@code Page.extra}, {@code PageData.extra}, and, when asked for,
 * {@code __hash__}, siblings, {@code blog} and a {@code questionsCount} that differs from the
 * questions — goes under one reserved frontmatter key, {@code qakit}, which the reader takes
 * back; unknown question members stay inside their question.
 */
@NullMarked
package dev.qakit.io.markdown;

import org.jspecify.annotations.NullMarked;
