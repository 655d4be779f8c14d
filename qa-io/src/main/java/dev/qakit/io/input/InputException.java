package dev.qakit.io.input;

import java.io.IOException;

/**
 * An input that qakit cannot take: a file of no kind it reads, or a folder that holds nothing it
 * reads. The message names the input and what was looked for. Commands report it as a usage
 * error (exit code 2); it is never a clean pass.
 */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what was wrong, naming the input
     */
    public InputException(String message) {
        super(message);
    }
}
