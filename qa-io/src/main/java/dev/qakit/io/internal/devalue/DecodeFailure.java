package dev.qakit.io.internal.devalue;

/** A decoding failure: a rule, a message and where (slot and operand position, or a text offset). */
final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String rule;
    final int slot;
    final int position;
    final long offset;

    DecodeFailure(String rule, String message, int slot, int position, long offset) {
        super(message, null, false, false);
        this.rule = rule;
        this.slot = slot;
        this.position = position;
        this.offset = offset;
    }
}
