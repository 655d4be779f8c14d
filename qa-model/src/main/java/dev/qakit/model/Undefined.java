package dev.qakit.model;

/**
 * JavaScript {@code undefined} inside untyped values: a devalue payload can carry it (an object
 * member whose value is {@code undefined}, an array element). JSON writers omit object members
 * whose value is {@code undefined}, as {@code JSON.stringify} does.
 */
public enum Undefined {
    /** The only instance. */
    INSTANCE;

    /** @return {@code "undefined"} */
    @Override
    public String toString() {
        return "undefined";
    }
}
