package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.PlannedFile;
import dev.qakit.io.input.Unit;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.input.SiteRoutes;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.internal.CacheStore;
import dev.qakit.validate.internal.FileOutcome;
import dev.qakit.validate.internal.RunState;
import dev.qakit.validate.internal.UserConstraints;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The content validator: runs the model's Bean Validation constraints, the content lints and the
 * site rules over read pages, and reports every finding as a located
 * {@link dev.qakit.model.problem.Problem}.
 *
 * <pre>{@code
 * ContentValidator validator = ContentValidator.builder().build();
 * ValidationResult result = validator.validate(List.of(Path.of("content")));
 * result.problems().forEach(p -> System.err.println(p.format()));
 * }</pre>
 *
 * <p>Paths are read through the front door, {@link InputReader}: the same kinds, content roots,
 * {@code qa.yaml} and problems as every {@code qa} command. The rule settings and limits come from
 * the {@code qa.yaml} of the first input unless {@link Builder#config(QaConfig)} gives them.
 * Reader problems (YAML syntax, devalue errors, wrong types) pass through with the page's own
 * findings; a file without a page still reports its problems, and never stops the others.
 * The model's own constraints are checked by qakit itself, with the problems Hibernate
 * Validator would report; Hibernate Validator runs them when the user brings constraints of their
 * own: a {@link Builder#validatorFactory(jakarta.validation.ValidatorFactory) validator factory}, or a {@code META-INF/validation.xml} (or
 * constraint validator services) on the class path, in which case building bootstraps it, which
 * takes a while: build one and reuse it. Immutable and thread-safe; each run keeps its state in its own {@link ValidationRun}.
 */
public final class ContentValidator {
    private final @Nullable QaConfig config;
    /** Null: the model's own constraints, checked without Bean Validation. */
    private final @Nullable Validator validator;
    private final int jobs;
    private final InputReader inputs;
    private final IntConsumer progress;
    private final @Nullable ResultCache cache;

    private ContentValidator(Builder b, @Nullable Validator validator) {
        this.config = b.config;
        this.validator = validator;
        this.jobs = b.jobs;
        this.inputs = b.config == null ? b.inputs : b.inputs.toBuilder().config(b.config).build();
        this.progress = b.progress;
        this.cache = b.cache;
    }

    /**
     * A builder with the defaults.
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
        b.inputs = inputs;
        b.progress = progress;
        b.cache = cache;
        return b;
    }

    /**
     * The configuration given to the builder, or the defaults when none was: runs over paths
     * use the {@code qa.yaml} of their inputs instead.
     *
     * @return the configuration
     */
    public QaConfig config() {
        return config == null ? QaConfig.defaults() : config;
    }

    /**
     * Starts a run to which pages are added as they are read (from any thread), with
     * {@link #config()}.
     *
     * @return a new run
     */
    public ValidationRun newRun() {
        return new ValidationRun(new RunState(validator, config()), config());
    }

    /**
     * Validates every read of a stream, all of one site, with {@link #config()}. The stream is
     * consumed but not closed.
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
     * Reads and validates files and folders through the front door ({@link InputReader}):
     * Markdown files and content trees, payloads of any name, prerendered HTML pages and
     * generated sites. Files are read on {@link Builder#jobs(int)} threads; a file that cannot be
     * read is a problem ({@code io.read-failed}), never the end of the run. The problems of the
     * {@code qa.yaml} files read are reported with the rest.
     *
     * @param paths files and folders
     * @return the result
     * @throws java.nio.file.NoSuchFileException if a path does not exist
     * @throws dev.qakit.io.input.InputException if a path is of no kind qakit reads, or holds nothing it reads
     * @throws IOException if a folder cannot be listed
     */
    public ValidationResult validate(List<Path> paths) throws IOException {
        return validate(inputs.plan(paths));
    }

    /**
     * Reads and validates what a plan of the front door lists; the plan's configuration (its
     * first input's {@code qa.yaml}) gives the rule settings and limits, unless
     * {@link Builder#config(QaConfig)} gave them.
     *
     * @param plan the plan
     * @return the result
     * @throws IOException if a generated site cannot be walked
     */
    public ValidationResult validate(InputPlan plan) throws IOException {
        Objects.requireNonNull(plan, "plan");
        ValidationRun run = newRun(plan);
        QaConfig settings = run.config();
        List<String> sources = plan.sources();
        for (String pastLimit : sources.subList(Math.min(sources.size(), settings.maxFiles()), sources.size())) {
            // Past the limit a file is counted, never read: a huge tree costs a walk, not a run.
            run.state().skipPastLimit(pastLimit);
        }
        AtomicInteger done = new AtomicInteger();
        // Without qakit's own constraint checks, the outcome of a file depends on code the cache cannot see.
        CacheStore store = cache != null && validator == null ? cache.store() : null;
        if (store != null) {
            run.state().memos(store);
        }
        plan.limit(settings.maxFiles()).forEachFile(jobs, file -> {
            add(run.state(), file, store);
            progress.accept(done.incrementAndGet());
        });
        return run.finish();
    }

    /** Checks one planned file, or adds what the cache kept for it. */
    private static void add(RunState state, PlannedFile file, @Nullable CacheStore store) {
        Optional<String> context = file.context();
        byte[] hash = null;
        BasicFileAttributes attributes = null;
        long readAt = 0;
        if (store != null && context.isPresent()) {
            try {
                attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
                CacheStore.Hit kept = store.get(context.get(), attributes.size(), attributes.lastModifiedTime().toMillis());
                if (kept != null) {
                    state.add(kept.outcome(), kept.identity());
                    return;
                }
                readAt = System.currentTimeMillis();
                hash = file.content().map(CacheStore::hash).orElse(null);
            } catch (IOException e) {
                // reading the units reports it
                hash = null;
            }
            CacheStore.Hit kept = hash == null ? null : store.get(context.get(), hash, attributes.size(),
                    attributes.lastModifiedTime().toMillis(), readAt);
            if (kept != null) {
                state.add(kept.outcome(), kept.identity());
                return;
            }
        }
        try (Stream<Unit> units = file.units()) {
            if (hash == null) {
                // a generated site's routes come as a parallel stream: checked as they are read
                units.forEach(unit -> state.add(state.check(unit), null));
                return;
            }
            byte[] bytesHash = hash;
            byte[] identity = CacheStore.identity(context.get(), hash);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            long read = readAt;
            units.forEach(unit -> {
                FileOutcome outcome = state.check(unit);
                state.add(outcome, identity);
                store.put(context.get(), bytesHash, identity, file.file(), size, modified, read, outcome);
            });
        }
    }

    /**
     * Starts a run for what a plan of the front door reads: with the plan's configuration (its
     * first input's {@code qa.yaml}) unless {@link Builder#config(QaConfig)} gave one, and with
     * the problems of the plan's configuration files already in it. Add the plan's units with
     * {@link ValidationRun#add(dev.qakit.io.input.Unit)} as they are read; a command that reads
     * the units for its own purpose gets the same problems as {@link #validate(InputPlan)}.
     *
     * @param plan the plan
     * @return a new run
     */
    public ValidationRun newRun(InputPlan plan) {
        Objects.requireNonNull(plan, "plan");
        QaConfig settings = config != null ? config : plan.config();
        RunState state = new RunState(validator, settings, config != null ? source -> config : plan::configFor);
        Map<String, SiteRoutes> routes = plan.siteRoutes(config);
        routes.forEach(state::siteRoutes);
        // the Nuxt configuration of a project with several content roots is read for each: said once
        new LinkedHashSet<>(routes.values().stream().flatMap(r -> r.problems().stream()).toList())
                .forEach(p -> state.addProblem(p.location().source(), p));
        for (Problem p : plan.problems()) {
            state.addProblem(p.location().source(), p);
        }
        Set<QaConfig> configs = new LinkedHashSet<>(plan.configs());
        if (config != null) {
            configs.add(config);
        }
        for (QaConfig c : configs) {
            for (Problem p : c.unknownRules(id -> Rules.find(id).isPresent())) {
                state.addProblem(p.location().source(), p);
            }
        }
        return new ValidationRun(state, settings);
    }

    /** Builds {@link ContentValidator}s. Not thread-safe. */
    public static final class Builder {
        private @Nullable QaConfig config;
        private @Nullable Validator validator;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private InputReader inputs = InputReader.builder().build();
        private IntConsumer progress = n -> { };
        private @Nullable ResultCache cache;

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
         * Sets the front door that {@link ContentValidator#validate(List)} reads paths with (its
         * payload and Markdown readers, collection, display of file names). Defaults to
         * {@code InputReader.builder().build()}.
         *
         * @param value the reader
         * @return this builder
         */
        public Builder inputReader(InputReader value) {
            this.inputs = Objects.requireNonNull(value, "inputReader");
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
         * Keeps what checking each Markdown file found in this cache, and answers from it for a
         * file whose bytes have not changed since ({@link ResultCache} says what is kept and when
         * it is used). Runs over paths and plans use it; {@link ContentValidator#validate(Stream)}
         * and {@link ContentValidator#newRun()} do not. Saving it is the caller's part
         * ({@link ResultCache#save()}). No cache by default.
         *
         * @param value the cache
         * @return this builder
         */
        public Builder cache(ResultCache value) {
            this.cache = Objects.requireNonNull(value, "cache");
            return this;
        }

        /**
         * Uses this configuration instead of the inputs' {@code qa.yaml}, for reading and for the
         * rules. Without it, runs over paths read each input's {@code qa.yaml}, and runs over
         * reads use the defaults.
         *
         * @param value the configuration
         * @return this builder
         */
        public Builder config(QaConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Validates the pages with validators of this Bean Validation factory instead of one
         * bootstrapped by qakit: the way to add your own constraints (a constraint mapping, a
         * {@code META-INF/validation.xml}) or your own message interpolator. The factory must
         * know qakit's constraints too, as any factory of a Bean Validation provider does (the
         * model's records carry them). A violation of your constraint is reported like qakit's
         * own, as an error at the value's position, with the rule id
         * {@code <record>.<field>-<constraint>} ({@code question.answer-size} for {@code @Size}
         * on an answer) that {@code qa.yaml} can set once it declares it under
         * {@code custom-rules}. The factory stays yours to close, after the last run. Defaults to
         * Hibernate Validator with {@link ParameterMessageInterpolator}, so that no expression
         * language is needed.
         *
         * @param value the factory
         * @return this builder
         */
        public Builder validatorFactory(ValidatorFactory value) {
            this.validator = Objects.requireNonNull(value, "validatorFactory").getValidator();
            return this;
        }

        /**
         * Builds the validator. Without {@link #validatorFactory(ValidatorFactory)}, the model's constraints
         * are checked by qakit itself unless a {@code META-INF/validation.xml} or a
         * {@code META-INF/services/jakarta.validation.ConstraintValidator} is on the class path
         * (the context class loader's or qakit's): then the build bootstraps Hibernate
         * Validator, which reads them.
         *
         * @return a new validator
         */
        public ContentValidator build() {
            Validator v = validator;
            if (v == null && UserConstraints.onClassPath(ContentValidator.class)) {
                v = bootstrapValidator();
            }
            return new ContentValidator(this, v);
        }
    }

    /** Hibernate Validator as qakit uses it. */
    static Validator bootstrapValidator() {
        // No qakit message uses expression language, so Jakarta EL is not needed at run time
        // (nor on a consumer's module path); a user's own constraints come with validatorFactory(…).
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        return factory.getValidator();
    }
}
