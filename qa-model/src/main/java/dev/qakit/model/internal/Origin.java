package dev.qakit.model.internal;

/**
 * Where a Markdown source file gives a page field its value. Not API.
 */
public enum Origin {
    /** Derived from the file's place in the content root ({@code id}, {@code stem}, {@code path}, {@code extension}). */
    FILE,
    /** A key of Nuxt Content's page collection, always at the top level ({@code title}, {@code description}, …). */
    PAGE,
    /** A key this site family's collection schema declares ({@code framework}, {@code questions}, …). */
    DECLARED,
    /** The Markdown body. */
    BODY,
    /** The frontmatter keys nobody declares. */
    META,
    /** Kept by the writer under the reserved {@code qakit} key. */
    STATE
}
