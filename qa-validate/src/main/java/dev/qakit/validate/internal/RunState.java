package dev.qakit.validate.internal;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.Unit;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.Rules;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.input.SiteRoutes;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one validation run: the problems found so far, the files seen and the page
 * summaries. {@link #add} may be called from many threads at once.
 */
public final class RunState {
    private final QaConfig config;
    /** The configuration whose rule settings apply to a file's problems, by the file's name. */
    private final Function<String, QaConfig> settings;
    private final PageChecker checker;
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final List<Supplier<PageSummary>> pages = new ArrayList<>();
    /**
     * What identifies the pages kept, for {@link #memos}: the sum, 64 bits at a time, of the
     * identities of the files they come from (with their number, {@code pages.size()});
     * {@link #allIdentified} is false when a page came without an identity (not through a result
     * cache).
     */
    private final long[] identities = new long[CacheStore.HASH_BYTES / 8];
    private boolean allIdentified = true;
    private @org.jspecify.annotations.Nullable CacheStore memos;
    private final Map<String, Set<String>> disabledBySource = new HashMap<>();
    /** The routes each site serves besides its pages; a site not named here serves the configuration's {@code site.routes}. */
    private final Map<String, SiteRoutes> siteRoutes = new HashMap<>();
    /** Problems listed per source, and those counted past the limit (with whether one was an error). */
    private final Map<String, Integer> listed = new HashMap<>();
    private final Map<String, int[]> unlisted = new LinkedHashMap<>();
    private int filesPastLimit;
    private @org.jspecify.annotations.Nullable String firstPastLimit;
    private boolean finished;

    /**
     * A new run.
     *
     * @param validator the shared Bean Validation validator, or null to check the model's own
     *     constraints without one ({@link BuiltInConstraints})
     * @param config the configuration
     */
    public RunState(@org.jspecify.annotations.Nullable Validator validator, QaConfig config) {
        this(validator, config, source -> config);
    }

    /**
     * A new run whose files may have rule settings of their own (the projects of a monorepo).
     *
     * @param validator the shared Bean Validation validator, or null to check the model's own
     *     constraints without one ({@link BuiltInConstraints})
     * @param config the configuration of the run: its limits, and the routes of sites not given
     *     theirs ({@link #siteRoutes(String, SiteRoutes)})
     * @param settings the configuration whose rule settings apply to the problems of a file, by
     *     the file's name
     */
    public RunState(@org.jspecify.annotations.Nullable Validator validator, QaConfig config, Function<String, QaConfig> settings) {
        this.config = config;
        this.settings = settings;
        this.checker = new PageChecker(validator, s -> interned.computeIfAbsent(s, k -> k));
    }

    /**
     * Sets the routes a site serves besides its pages, against which links are checked.
     *
     * @param site the site, as units name it
     * @param routes the routes
     */
    public synchronized void siteRoutes(String site, SiteRoutes routes) {
        checkOpen();
        siteRoutes.put(site, routes);
    }

    /**
     * Keeps the findings of the site rules in this store, and takes them from it when the run's
     * pages and their sites' routes are those of an earlier run: the site rules depend on nothing
     * else. Only runs whose every page comes with its file's identity ({@link #add(FileOutcome,
     * byte[])}) use it.
     *
     * @param store the store
     */
    public synchronized void memos(CacheStore store) {
        checkOpen();
        this.memos = store;
    }

    /**
     * Checks one read and keeps what the site rules need.
     *
     * @param site the site the page belongs to
     * @param read the read
     */
    public void add(String site, ReadResult<PageData> read) {
        keep(checker.check(site, read), null);
    }

    /**
     * Checks what the front door read from one file, without adding it to the run: the result
     * depends on the unit alone, so it may be kept (in a result cache) and added to later runs.
     * Thread-safe.
     *
     * @param unit the unit
     * @return what checking it found
     */
    public FileOutcome check(Unit unit) {
        List<PageChecker.Outcome> pageOutcomes = new ArrayList<>(unit.pages().size());
        for (ReadResult<PageData> page : unit.pages()) {
            pageOutcomes.add(checker.check(unit.site(), page));
        }
        return new FileOutcome(unit.source(), unit.problems(), pageOutcomes);
    }

    /**
     * Adds what checking one file found, now or in an earlier run: the file's problems, its
     * pages' problems and summaries.
     *
     * @param outcome the outcome
     * @param identity what identifies the file's outcome ({@link CacheStore#identity(String,
     *     byte[])}), or null when nothing does
     */
    public void add(FileOutcome outcome, byte @org.jspecify.annotations.Nullable [] identity) {
        for (Problem p : outcome.problems()) {
            addProblem(outcome.source(), p);
        }
        for (PageChecker.Outcome page : outcome.pages()) {
            keep(page, identity);
        }
        if (outcome.problems().isEmpty() && outcome.pages().isEmpty()) {
            addFile(outcome.source());
        }
    }

    private void keep(PageChecker.Outcome outcome, byte @org.jspecify.annotations.Nullable [] identity) {
        Set<String> disabled = outcome.disabled();
        List<Problem> kept = new ArrayList<>();
        for (Problem p : outcome.problems()) {
            filter(p, disabled).ifPresent(kept::add);
        }
        synchronized (this) {
            checkOpen();
            if (!admit(outcome.source())) {
                return;
            }
            kept.forEach(this::keep);
            if (outcome.summary() != null) {
                pages.add(outcome.summary());
                if (identity == null) {
                    allIdentified = false;
                } else {
                    ByteBuffer b = ByteBuffer.wrap(identity);
                    for (int i = 0; i < identities.length; i++) {
                        identities[i] += b.getLong();
                    }
                }
                if (!disabled.isEmpty()) {
                    disabledBySource.put(outcome.source(), disabled);
                }
            }
        }
    }

    /**
     * Records a problem that is not about a read page, such as a file that could not be read.
     *
     * @param source the file the problem is about, counted as checked
     * @param problem the problem
     */
    public void addProblem(String source, Problem problem) {
        Optional<Problem> kept = filter(problem, Set.of());
        synchronized (this) {
            checkOpen();
            if (admit(source)) {
                kept.ifPresent(this::keep);
            }
        }
    }

    /**
     * Counts a file that was found but not read because the run reached
     * {@link QaConfig#maxFiles()}.
     *
     * @param source the file
     */
    public synchronized void skipPastLimit(String source) {
        checkOpen();
        pastLimit(source);
    }

    private void pastLimit(String source) {
        filesPastLimit++;
        if (firstPastLimit == null) {
            firstPastLimit = source;
        }
    }

    /** Records a file as checked, unless the run is full; false when it is (the file is then counted as past the limit). */
    private boolean admit(String source) {
        if (files.contains(source)) {
            return true;
        }
        if (files.size() >= config.maxFiles()) {
            pastLimit(source);
            return false;
        }
        files.add(source);
        return true;
    }

    /** Lists a problem, or counts it when its file has had its fill. */
    private void keep(Problem p) {
        String source = p.location().source();
        int n = listed.merge(source, 1, Integer::sum);
        if (n <= config.maxProblemsPerFile()) {
            problems.add(p);
        } else {
            int[] c = unlisted.computeIfAbsent(source, k -> new int[2]);
            c[0]++;
            if (p.isError()) {
                c[1]++;
            }
        }
    }

    /**
     * Records a file that was checked and had nothing to report (or nothing to read).
     *
     * @param source the file
     */
    public synchronized void addFile(String source) {
        checkOpen();
        admit(source);
    }

    /**
     * Runs the site rules and ends the run.
     *
     * @return every problem, unsorted, and the files seen
     */
    public synchronized Outcome finish() {
        checkOpen();
        finished = true;
        SiteRoutes configured = SiteRoutes.of(config.routes());
        byte[] key = memos != null && allIdentified ? siteKey(configured) : null;
        List<Problem> siteProblems = key == null ? null : memos.siteProblems(key);
        if (siteProblems == null) {
            List<PageSummary> summaries = new ArrayList<>(pages.size());
            pages.forEach(s -> summaries.add(s.get()));
            List<Problem> found = new ArrayList<>();
            new SiteChecks(site -> siteRoutes.getOrDefault(site, configured), p -> {
                if (!disabledBySource.getOrDefault(p.location().source(), Set.of()).contains(p.ruleId())) {
                    found.add(p);
                }
            }).run(summaries);
            if (key != null) {
                memos.siteProblems(key, found);
            }
            siteProblems = found;
        }
        pages.clear();
        for (Problem p : siteProblems) {
            filter(p, Set.of()).ifPresent(this::keep);
        }
        unlisted.forEach((source, c) -> {
            String msg = c[0] + " more problem" + (c[0] == 1 ? "" : "s") + (c[1] > 0 ? " (" + c[1] + " of them errors)" : "")
                    + " in this file are not listed: the limit is " + config.maxProblemsPerFile() + " per file (limits.problems-per-file)";
            Problem note = c[1] > 0 ? Problem.error(Rules.LIMIT_PROBLEMS_PER_FILE, msg, SourceLocation.of(source))
                    : Problem.warning(Rules.LIMIT_PROBLEMS_PER_FILE, msg, SourceLocation.of(source));
            filter(note, Set.of()).ifPresent(problems::add);
        });
        if (firstPastLimit != null) {
            // Located at the first file left out, which is then the only unchecked file the result names.
            problems.add(Problem.error(Rules.LIMIT_FILES, "this file " + (filesPastLimit == 1 ? "was" : "and " + (filesPastLimit - 1)
                    + " more were") + " not checked: a run checks at most " + config.maxFiles() + " files (limits.files)",
                    SourceLocation.of(firstPastLimit)));
        }
        return new Outcome(List.copyOf(problems), List.copyOf(files));
    }

    /**
     * What a finished run found.
     *
     * @param problems the problems
     * @param files the files seen
     */
    public record Outcome(List<Problem> problems, List<String> files) {
    }

    /**
     * What the site rules' findings depend on: the pages (through the identities of their files)
     * and the routes each site serves besides them.
     */
    private byte[] siteKey(SiteRoutes configured) {
        StringBuilder routes = new StringBuilder().append(configured).append('\n');
        new TreeMap<>(siteRoutes).forEach((site, r) -> routes.append(site).append('\n').append(r).append('\n'));
        byte[] text = routes.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 * identities.length + 4 + text.length);
        for (long x : identities) {
            b.putLong(x);
        }
        b.putInt(pages.size()).put(text);
        return CacheStore.hash(b.array());
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("this validation run has finished");
        }
    }

    private Optional<Problem> filter(Problem p, Set<String> pageDisabled) {
        if (pageDisabled.contains(p.ruleId())) {
            return Optional.empty();
        }
        return settings.apply(p.location().source()).severityOf(p.ruleId(), p.severity()).map(s -> s == p.severity() ? p : p.withSeverity(s));
    }
}
