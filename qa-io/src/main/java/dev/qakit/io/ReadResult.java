package dev.qakit.io;

import dev.qakit.model.problem.ContentException;
import dev.qakit.model.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading one input produced: the value, when one could be built, the problems found on
 * the way (a value may come with warnings, or with errors that did not prevent building it),
 * and where each part of the value came from.
 *
 * <p>Readers never throw for defective content; they return a result with problems.
 * {@link #orThrow()} turns errors into a {@link ContentException}. Immutable.
 *
 * @param <T> the value type
 */
public final class ReadResult<T> {
    private final @Nullable T value;
    private final List<Problem> problems;
    private final SourceMap sourceMap;

    private ReadResult(@Nullable T value, List<Problem> problems, SourceMap sourceMap) {
        this.value = value;
        this.problems = List.copyOf(problems);
        this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /**
     * A result with a value.
     *
     * @param value the value
     * @param problems the problems found (may be empty)
     * @param sourceMap where the value's parts came from
     * @param <T> the value type
     * @return the result
     */
    public static <T> ReadResult<T> of(T value, List<Problem> problems, SourceMap sourceMap) {
        return new ReadResult<>(Objects.requireNonNull(value, "value"), problems, sourceMap);
    }

    /**
     * A result without a value: the input was too broken to build one.
     *
     * @param problems the problems; at least one error
     * @param sourceMap what is known about locations
     * @param <T> the value type
     * @return the result
     * @throws IllegalArgumentException if {@code problems} has no error
     */
    public static <T> ReadResult<T> failed(List<Problem> problems, SourceMap sourceMap) {
        if (problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a failed read needs at least one error");
        }
        return new ReadResult<>(null, problems, sourceMap);
    }

    /**
     * The value, if one could be built.
     *
     * @return the value or empty
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The problems found, in order.
     *
     * @return an immutable list
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Where the value's parts came from.
     *
     * @return the source map
     */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /**
     * Whether any problem is an error.
     *
     * @return true if there are errors
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The value, if there are no errors.
     *
     * @return the value
     * @throws ContentException carrying every problem if there is an error or no value
     */
    public T orThrow() {
        if (value == null || hasErrors()) {
            throw new ContentException(problems);
        }
        return value;
    }

    /**
     * This result with its value transformed; problems and source map stay.
     *
     * @param mapper the transformation
     * @param <U> the new value type
     * @return the new result
     */
    public <U> ReadResult<U> map(java.util.function.Function<? super T, ? extends U> mapper) {
        return value == null ? new ReadResult<>(null, problems, sourceMap) : new ReadResult<>(mapper.apply(value), problems, sourceMap);
    }

    @Override
    public String toString() {
        return "ReadResult[value=" + (value == null ? "none" : value.getClass().getSimpleName()) + ", problems=" + problems.size() + "]";
    }
}
