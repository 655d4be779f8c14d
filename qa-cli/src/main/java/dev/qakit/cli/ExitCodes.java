package dev.qakit.cli;

/** The exit codes every {@code qa} command uses. */
final class ExitCodes {
    /** Success (for validate: no errors, warnings within the limit). */
    static final int OK = 0;
    /** The content has errors. */
    static final int CONTENT = 1;
    /** Usage or I/O error. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
