package dev.qakit.cli;

/** A command was used wrongly in a way picocli cannot see (an input of the wrong kind, …): exit 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
