package dev.qakit.io.devalue;

/** What decoding does with a tag that has neither a handler nor a built-in meaning. */
public enum UnknownTagPolicy {
    /** Fail with the problem {@code devalue.unknown-tag}, as devalue does ({@code Unknown type X}). The default. */
    REJECT,
    /** Decode {@code [name, ref]} to {@link Tagged}{@code (name, value)}, so nothing is lost. */
    KEEP
}
