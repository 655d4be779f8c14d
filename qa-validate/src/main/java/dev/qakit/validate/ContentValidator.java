package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import dev.qakit.validate.internal.PathLoader;
import dev.qakit.validate.internal.RunState;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;

/**
 * The content validator: runs the model's Bean Validation constraints (through Hibernate
 * Validator), the content lints and the site rules over read pages, and reports every finding
 * as a located {@link dev.qakit.model.problem.Problem}.
 *
 * <pre>{@code
 * ContentValidator validator = ContentValidator.builder().config(config).build();
 * ValidationResult result = validator.validate(reads);   // a Stream<ReadResult<PageData>>
 * result.problems().forEach(p -> System.err.println(p.format()));
 * }</pre>
 *
 * <p>Reader problems (YAML syntax, devalue errors, wrong types) pass through with the page's
 * own findings; a read without a page still reports its problems, and never stops the others.
 * Building a validator bootstraps Hibernate Validator, which takes a while: build one and reuse
 * it. Immutable and thread-safe; each run keeps its state in its own {@link ValidationRun}.
 */
public final class ContentValidator {
    private final ValidationConfig config;
    private final Validator validator;
    private final int jobs;
    private final Path workingDirectory;
    private final IntConsumer progress;

    private ContentValidator(Builder b, Validator validator) {
        this.config = b.config;
        this.validator = validator;
        this.jobs = b.jobs;
        this.workingDirectory = b.workingDirectory;
        this.progress = b.progress;
    }

    /**
     * A builder with the defaults: {@link ValidationConfig#defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this validator's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.config = config;
        b.validator = validator;
        b.jobs = jobs;
        b.workingDirectory = workingDirectory;
        b.progress = progress;
        return b;
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public ValidationConfig config() {
        return config;
    }

    /**
     * Starts a run to which pages are added as they are read (from any thread).
     *
     * @return a new run
     */
    public ValidationRun newRun() {
        return new ValidationRun(new RunState(validator, config));
    }

    /**
     * Validates every read of a stream, all of one site. The stream is consumed but not closed.
     *
     * @param reads the reads
     * @return the result
     */
    public ValidationResult validate(Stream<ReadResult<PageData>> reads) {
        Objects.requireNonNull(reads, "reads");
        ValidationRun run = newRun();
        reads.forEachOrdered(run::add);
        return run.finish();
    }

    /**
     * Reads and validates files and folders: Markdown files ({@code .md}), content trees,
     * payloads ({@code _payload.json}), prerendered HTML pages and generated sites (a folder
     * with {@code index.html} or {@code _nuxt/}). Folders are walked in name order, skipping
     * hidden folders, {@code node_modules} and {@code target}; the configuration's include and
     * exclude globs apply to paths relative to each folder given. Files are read on
     * {@link Builder#jobs(int)} threads; a file that cannot be read is a problem
     * ({@code io.read-failed}), never the end of the run. File names in problems are relative to
     * {@link Builder#workingDirectory(Path)}, with {@code /}.
     *
     * @param inputs files and folders
     * @return the result
     * @throws IOException if an input does not exist or a folder cannot be listed
     */
    public ValidationResult validate(List<Path> inputs) throws IOException {
        Objects.requireNonNull(inputs, "inputs");
        RunState state = new RunState(validator, config);
        new PathLoader(state, config, workingDirectory, jobs, progress).load(List.copyOf(inputs));
        return new ValidationRun(state).finish();
    }

    /** Builds {@link ContentValidator}s. Not thread-safe. */
    public static final class Builder {
        private ValidationConfig config = ValidationConfig.defaults();
        private @org.jspecify.annotations.Nullable Validator validator;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private IntConsumer progress = n -> { };

        private Builder() {
        }

        /**
         * Sets the number of threads that read files in {@link #validate(List)}. Defaults to the
         * number of available processors.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder jobs(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, got " + value);
            }
            this.jobs = value;
            return this;
        }

        /**
         * Sets the folder that file names in problems are relative to. Defaults to the current folder.
         *
         * @param value the folder
         * @return this builder
         */
        public Builder workingDirectory(Path value) {
            this.workingDirectory = Objects.requireNonNull(value, "workingDirectory").toAbsolutePath().normalize();
            return this;
        }

        /**
         * Sets what is told, from reading threads, the number of files read so far by
         * {@link #validate(List)}. Defaults to nothing.
         *
         * @param value the listener; must be thread-safe and quick
         * @return this builder
         */
        public Builder progress(IntConsumer value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Sets the configuration. Defaults to {@link ValidationConfig#defaults()}.
         *
         * @param value the configuration
         * @return this builder
         */
        public Builder config(ValidationConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Builds the validator; the first build bootstraps Hibernate Validator.
         *
         * @return a new validator
         */
        public ContentValidator build() {
            Validator v = validator;
            if (v == null) {
                ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
                v = factory.getValidator();
            }
            return new ContentValidator(this, v);
        }
    }
}
