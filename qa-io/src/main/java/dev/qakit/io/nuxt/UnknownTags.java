package dev.qakit.io.nuxt;

/** What a payload reader does with a devalue tag it has no reviver for. */
public enum UnknownTags {
    /** Report an error naming the tag and its payload slot (the default). */
    ERROR,
    /** Keep the value as an opaque tagged value and report a warning. */
    WARN,
    /** Keep the value as an opaque tagged value silently. */
    KEEP
}
