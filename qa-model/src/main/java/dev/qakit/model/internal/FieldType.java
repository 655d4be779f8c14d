package dev.qakit.model.internal;

/**
 * The JSON shape a schema field holds, with the phrase messages use for it. Not API.
 */
public enum FieldType {
    /** A string. */
    STRING("a string"),
    /** A whole number that fits a Java {@code int}. */
    INTEGER("a whole number"),
    /** An object of any members (kept as an ordered map). */
    MAP("an object"),
    /** {@code true}, {@code false} or an object ({@code navigation}). */
    BOOLEAN_OR_MAP("true, false or an object"),
    /** A list of strings. */
    STRING_LIST("a list of strings"),
    /** An object described by a nested schema. */
    OBJECT("an object"),
    /** A list of objects described by a nested schema. */
    OBJECT_LIST("a list of objects"),
    /** A parsed Markdown body ({@code {type, value, toc}}). */
    BODY("an object {type, value, toc}"),
    /** Any value, kept as read. */
    ANY("any value");

    private final String expected;

    FieldType(String expected) {
        this.expected = expected;
    }

    /**
     * What a value of this type is called in a message: {@code a string}, {@code a whole number}, ….
     *
     * @return the phrase
     */
    public String expected() {
        return expected;
    }
}
