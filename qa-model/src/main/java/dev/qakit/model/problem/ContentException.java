package dev.qakit.model.problem;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by the {@code …OrThrow} methods of qakit readers when content is defective. Carries
 * every {@link Problem} found, never fewer than one.
 *
 * <p>Unchecked, like Jackson 3's exceptions: content defects are data, not I/O. Genuine I/O
 * failures stay {@link java.io.IOException}.
 */
public final class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @serial the problems, immutable */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ContentException(List<Problem> problems) {
        this(problems, null);
    }

    /**
     * Creates the exception with the third-party failure that caused it.
     *
     * @param problems the problems; at least one
     * @param cause the underlying failure, or null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ContentException(List<Problem> problems, @org.jspecify.annotations.Nullable Throwable cause) {
        super(describe(problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one problem");
        }
        String first = problems.get(0).format();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }

    /**
     * Every problem, in the order found.
     *
     * @return an immutable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }
}
