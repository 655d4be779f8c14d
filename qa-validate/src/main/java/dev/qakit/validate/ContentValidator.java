package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import dev.qakit.validate.internal.RunState;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;
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

    private ContentValidator(Builder b, Validator validator) {
        this.config = b.config;
        this.validator = validator;
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

    /** Builds {@link ContentValidator}s. Not thread-safe. */
    public static final class Builder {
        private ValidationConfig config = ValidationConfig.defaults();
        private @org.jspecify.annotations.Nullable Validator validator;

        private Builder() {
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
