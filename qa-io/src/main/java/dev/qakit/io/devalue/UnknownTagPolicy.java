package dev.qakit.io.devalue;

/** What decoding does with a tag that has neither a handler nor a built-in meaning. */
public enum UnknownTagPolicy {
    /** Fail with the problem {@code devalue.unknown-tag}, as devalue does ({@code Unknown type X}). The default. */
    REJECT,
    /**
     * Keep the value as {@link #KEEP} does, and say so: the Nuxt payload reader reports each kept
     * tag as a warning ({@code nuxt.unknown-tag}) at its payload slot. The codec on its own keeps
     * the value as {@link #KEEP} does.
     */
    WARN,
    /** Decode {@code [name, ref]} to {@link Tagged}{@code (name, value)}, so nothing is lost. */
    KEEP
}
