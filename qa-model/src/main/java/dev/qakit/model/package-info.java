/**
 * Immutable records for interview-question content as Nuxt Content publishes it.
 *
 * <p>Start at {@link dev.qakit.model.PageData} (what a question page's async data holds:
 * {@link dev.qakit.model.Page} + {@link dev.qakit.model.Sibling}s + {@code blog}) and
 * {@link dev.qakit.model.Page}.
 *
 * <h2>Absent values, {@code null} and {@code undefined}</h2>
 * <ul>
 *   <li><b>Typed scalar components</b> ({@code title}, {@code order}, …) are {@code @Nullable}:
 *       Java {@code null} means the value is missing — absent from the frontmatter, JSON
 *       {@code null} in a payload (Nuxt Content stores a missing declared column as SQL
 *       {@code NULL}), or JavaScript {@code undefined}. Writers emit such a page component as
 *       JSON {@code null}, which is what Nuxt Content itself returns for a missing column.
 *       Components of nested JSON objects ({@link dev.qakit.model.Seo#title()},
 *       {@link dev.qakit.model.Question}'s fields) are omitted instead, as
 *       {@code JSON.stringify} omits {@code undefined}.</li>
 *   <li><b>Collections</b> are never null and never contain null: an absent list is empty.
 *       {@link dev.qakit.model.Page#related()} is the one exception: it is {@code null} when
 *       the payload says {@code related: null}, which this site family writes for "none".</li>
 *   <li><b>Untyped values</b> (the {@code extra} maps, {@code meta}, element props) hold plain
 *       Java values: {@code String}, {@code Boolean}, {@code Double}/{@code Long}/{@code Integer},
 *       {@code List}, {@code Map} (ordered), and, for JavaScript values JSON lacks, the values
 *       of {@code dev.qakit.io.devalue}. JSON {@code null} is {@link dev.qakit.model.JsonNull#INSTANCE}
 *       and {@code undefined} is {@link dev.qakit.model.Undefined#INSTANCE}, so no collection
 *       holds a Java {@code null}.</li>
 *   <li><b>{@code navigation}</b> is a {@link dev.qakit.model.Navigation}: {@code true},
 *       {@code false}, or an object of fields.</li>
 * </ul>
 *
 * <p>Unknown fields are never dropped: every record with an {@code extra} map keeps, in input
 * order, the members it does not model.
 *
 * <p>All records are immutable and thread-safe: compact constructors copy every collection
 * (maps into ordered unmodifiable copies). Nested values inside untyped maps are kept as
 * given; readers hand in unmodifiable values.
 */
@NullMarked
package dev.qakit.model;

import org.jspecify.annotations.NullMarked;
