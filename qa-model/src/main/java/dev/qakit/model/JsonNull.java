package dev.qakit.model;

/**
 * JSON {@code null} inside untyped values (maps, lists, element props), where Java
 * {@code null} is not allowed.
 */
public enum JsonNull {
    /** The only instance. */
    INSTANCE;

    /** @return {@code "null"} */
    @Override
    public String toString() {
        return "null";
    }
}
