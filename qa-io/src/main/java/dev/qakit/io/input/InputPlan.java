package dev.qakit.io.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.markdown.SiblingIndex;
import dev.qakit.io.nuxt.DataEntry;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtRoute;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What {@link InputReader#plan(List)} decided: each input's kind, root and configuration, and the
 * files to read. {@link #units()} and {@link #forEach(int, Consumer)} read them. Immutable; a
 * plan may be read more than once.
 */
public final class InputPlan {
    /** A Nuxt Content data file was found and not read. */
    public static final String DATA_FILE = "input.data-file";
    /**
     * A configuration file inside an input is not applied, because the reader was given the
     * configuration for every file ({@link InputReader.Builder#config(QaConfig)},
     * {@link InputReader.Builder#configFile(Path)}, {@code --config}).
     */
    public static final String NESTED_CONFIG = "input.nested-config";
    /** A folder inside an input could not be listed. */
    public static final String UNREADABLE_FOLDER = "io.unreadable-folder";
    /** A file could not be read. */
    public static final String READ_FAILED = "io.read-failed";
    /** A file was read and yielded nothing, without an error saying why. */
    public static final String NO_VALUE = "io.no-value";
    /** Reading a file failed in a way no input should cause: a bug in qakit, reported against the file. */
    public static final String INTERNAL_ERROR = "io.internal-error";

    private final InputReader reader;
    private final List<Input> inputs;
    private final List<InputReader.Item> items;
    private final Map<Path, ReadResult<QaConfig>> configReads;
    private final List<Problem> walkProblems;
    /**
     * The files, and the folders of generated sites (with a trailing {@code /}), whose
     * configuration is not {@link #config()}'s: those of a folder holding its own {@code qa.yaml}
     * and those of inputs other than the first with one of their own. Empty in the usual run.
     */
    private final Map<String, QaConfig> otherConfigs = new LinkedHashMap<>();

    InputPlan(InputReader reader, List<Input> inputs, List<InputReader.Item> items, Map<Path, ReadResult<QaConfig>> configReads,
            List<Problem> walkProblems) {
        this.reader = reader;
        this.inputs = List.copyOf(inputs);
        this.items = List.copyOf(items);
        this.configReads = Collections.unmodifiableMap(new LinkedHashMap<>(configReads));
        this.walkProblems = List.copyOf(walkProblems);
        QaConfig first = this.inputs.get(0).config();
        for (InputReader.Item item : this.items) {
            QaConfig c = item.input().config();
            if (c != first) {
                otherConfigs.put(item.kind() == InputKind.SITE ? item.display() + "/" : item.display(), c);
            }
        }
    }

    /**
     * The inputs, in the order given.
     *
     * @return the inputs
     */
    public List<Input> inputs() {
        return inputs;
    }

    /**
     * The configuration of the run: that of the first input. The validator's limits come from
     * it; the rule settings for each file from {@link #configFor(String)}.
     *
     * @return the configuration
     */
    public QaConfig config() {
        return inputs.get(0).config();
    }

    /**
     * The configuration that applies to a file or a generated site's route the plan reads, by its
     * name in problems: the {@code qa.yaml} of the nearest folder at or above it, within the input,
     * that has one (a project of a monorepo has its own), else that of its input; {@link #config()}
     * for a name the plan does not give. The validator takes rule settings from it, so a project
     * checked as part of a larger input gets the findings it gets when checked alone.
     *
     * @param source a file's name as the plan's units give it
     * @return the configuration
     */
    public QaConfig configFor(String source) {
        if (otherConfigs.isEmpty()) {
            return config();
        }
        QaConfig c = otherConfigs.get(source);
        if (c != null) {
            return c;
        }
        for (Map.Entry<String, QaConfig> e : otherConfigs.entrySet()) {
            if (e.getKey().endsWith("/") && source.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return config();
    }

    /**
     * Every configuration the plan applies, each once: the inputs' and those of folders inside
     * them that hold their own.
     *
     * @return the configurations, the first input's first
     */
    public List<QaConfig> configs() {
        Map<QaConfig, Boolean> seen = new java.util.IdentityHashMap<>();
        List<QaConfig> out = new ArrayList<>();
        inputs.forEach(i -> {
            if (seen.put(i.config(), Boolean.TRUE) == null) {
                out.add(i.config());
            }
        });
        otherConfigs.values().forEach(c -> {
            if (seen.put(c, Boolean.TRUE) == null) {
                out.add(c);
            }
        });
        return out;
    }

    /**
     * The problems found while planning: those of the configuration files read (syntax, unknown
     * keys, bad values), each once and located in its file, and folders that could not be listed.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        configReads.values().forEach(r -> out.addAll(r.problems()));
        out.addAll(walkProblems);
        return out;
    }

    /**
     * The number of files and sites to read: a generated site (or a folder of one) counts once.
     *
     * @return the number
     */
    public int size() {
        return items.size();
    }

    /**
     * The display names of the files and sites to read, in order.
     *
     * @return the names
     */
    public List<String> sources() {
        return items.stream().map(i -> i.display()).toList();
    }

    /**
     * This plan with only its first files and sites.
     *
     * @param n how many to keep, at least 0
     * @return the plan, or this plan when it has no more
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public InputPlan limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be at least 0, got " + n);
        }
        return n >= items.size() ? this : new InputPlan(reader, inputs, items.subList(0, n), configReads, walkProblems);
    }

    /**
     * Reads every unit, in input order and, within a folder, in path order. Lazy: each file is
     * read when the stream reaches it (with {@link InputReader.Builder#siblings(boolean)}, all
     * Markdown of a content root at its first file). Close the stream.
     *
     * @return the units
     */
    public Stream<Unit> units() {
        if (reader.siblings()) {
            Map<String, List<Unit>> bySite = new LinkedHashMap<>();
            // a Markdown file given alone keeps what it says; the files of a folder get their topic's siblings
            return items.stream().flatMap(item -> item.kind() == InputKind.MARKDOWN_FILE && item.input().kind() == InputKind.FOLDER
                    ? withSiblings(item, bySite) : read(item));
        }
        return items.stream().flatMap(this::read);
    }

    /**
     * Reads every unit on {@code jobs} threads and hands each to {@code sink} as it is read, in
     * no particular order. Returns when all are read.
     *
     * @param jobs the number of threads, at least 1
     * @param sink receives the units; called from several threads at once
     * @throws IOException if a generated site cannot be walked
     * @throws IllegalArgumentException if {@code jobs < 1}
     */
    public void forEach(int jobs, Consumer<Unit> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        forEachFile(jobs, file -> {
            try (Stream<Unit> s = file.units()) {
                s.forEach(sink);
            }
        });
    }

    /**
     * Hands every file and generated site of the plan, not yet read, to {@code sink} on
     * {@code jobs} threads, in no particular order; the sink reads it with
     * {@link PlannedFile#units()}, or answers for it some other way (see
     * {@link PlannedFile#context()}). Returns when the sink has seen all. With
     * {@link InputReader.Builder#siblings(boolean)}, the files are handed out in order on one
     * thread, and none has a context (a page's siblings come from other files).
     *
     * @param jobs the number of threads, at least 1
     * @param sink receives the files; called from several threads at once
     * @throws IOException if a generated site cannot be walked
     * @throws IllegalArgumentException if {@code jobs < 1}
     */
    public void forEachFile(int jobs, Consumer<PlannedFile> sink) throws IOException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        Objects.requireNonNull(sink, "sink");
        if (reader.siblings()) {
            // one file at a time, in order: a content root's Markdown is read at its first file
            Map<String, List<Unit>> bySite = new LinkedHashMap<>();
            try {
                for (InputReader.Item item : items) {
                    boolean folderMarkdown = item.kind() == InputKind.MARKDOWN_FILE && item.input().kind() == InputKind.FOLDER;
                    sink.accept(new PlannedFile(item.display(), item.kind(), item.file(), null,
                            bytes -> folderMarkdown ? withSiblings(item, bySite) : read(item)));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return;
        }
        if (jobs == 1) {
            try {
                items.forEach(item -> sink.accept(planned(item, false)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(jobs);
        try {
            pool.submit(() -> items.parallelStream().forEach(item -> sink.accept(planned(item, true)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        } finally {
            pool.shutdown();
        }
    }

    /** An item not yet read; a site's routes are read in parallel when {@code parallel}. */
    private PlannedFile planned(InputReader.Item item, boolean parallel) {
        String display = item.display();
        if (item.kind() == InputKind.MARKDOWN_FILE) {
            return new PlannedFile(display, item.kind(), item.file(), () -> "markdown\n" + display + "\n" + siteOf(item)
                    + "\n" + item.input().config().collectionPathOf(item.relative()) + "\n" + reader.markdownReader(item.input().config()),
                    bytes -> Stream.of(guarded(item, item.file(), () -> markdown(item, display, bytes))));
        }
        return new PlannedFile(display, item.kind(), item.file(), null, bytes -> {
            Stream<Unit> s = read(item);
            return parallel && item.kind() == InputKind.SITE ? s.parallel() : s;
        });
    }

    private Stream<Unit> withSiblings(InputReader.Item item, Map<String, List<Unit>> bySite) {
        Path root = rootOf(item);
        String site = siteOf(item);
        List<Unit> units = bySite.get(site);
        if (units == null) {
            // the first file of a content root: read the root's Markdown, then give each page its topic's siblings
            List<Unit> read = new ArrayList<>();
            for (InputReader.Item i : items) {
                if (i.kind() == InputKind.MARKDOWN_FILE && i.input().kind() == InputKind.FOLDER && rootOf(i).equals(root)) {
                    read.add(markdown(i, i.display(), null));
                }
            }
            List<Page> pages = new ArrayList<>();
            read.forEach(u -> u.pageData().forEach(d -> pages.add(d.page())));
            SiblingIndex index = SiblingIndex.of(pages);
            units = new ArrayList<>();
            for (Unit u : read) {
                List<ReadResult<PageData>> attached = u.pages().stream().map(r -> r.map(index::attach)).toList();
                units.add(new Unit(u.kind(), u.source(), u.route(), u.site(), attached, u.problems(), u.payload()));
            }
            bySite.put(site, units);
        }
        String source = item.display();
        return units.stream().filter(u -> u.source().equals(source));
    }

    private Stream<Unit> read(InputReader.Item item) {
        return switch (item.kind()) {
            case MARKDOWN_FILE -> Stream.of(guarded(item, item.file(), () -> markdown(item, item.display(), null)));
            case DATA_FILE -> Stream.of(dataFile(item));
            case PAYLOAD, HTML_PAGE -> Stream.of(guarded(item, item.file(), () -> payload(item)));
            case SITE -> site(item);
            case FOLDER -> throw new IllegalStateException("a folder is walked when planned");
        };
    }

    /**
     * Reads one file so that a failure no input should cause (a bug) is reported against that
     * file and never ends the run.
     */
    private Unit guarded(InputReader.Item item, Path file, java.util.function.Supplier<Unit> read) {
        try {
            return read.get();
        } catch (RuntimeException | StackOverflowError e) {
            String display = reader.display(file, item.input());
            return new Unit(item.kind(), display, null, "failed:" + display, List.of(), List.of(Problem.error(INTERNAL_ERROR,
                    "reading this file failed unexpectedly (" + e + "); please report it", SourceLocation.of(display))),
                    Optional.empty());
        }
    }

    /**
     * The routes each content site of the plan serves besides its pages ({@link SiteRoutes}):
     * its configuration's {@code site.routes} and its Nuxt app's pages. A pages folder that
     * cannot be listed gives no routes.
     *
     * @param override a configuration that replaces the inputs' own, or null
     * @return the routes per site, keyed as {@link Unit#site()} names sites
     */
    public Map<String, SiteRoutes> siteRoutes(@Nullable QaConfig override) {
        Map<String, SiteRoutes> out = new LinkedHashMap<>();
        for (InputReader.Item item : items) {
            if (item.kind() != InputKind.MARKDOWN_FILE) {
                continue;
            }
            String site = siteOf(item);
            if (out.containsKey(site)) {
                continue;
            }
            Path root = rootOf(item);
            Input in = item.input();
            QaConfig config = override != null ? override : in.config();
            Path folder = override != null ? null : in.configFile().map(f -> f.toAbsolutePath().normalize().getParent()).orElse(null);
            SiteRoutes routes;
            try {
                routes = SiteRoutes.of(config, folder, root, f -> reader.display(f, in));
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                Path parent = root.getParent();
                String where = reader.display(parent != null ? parent : root, in);
                routes = SiteRoutes.of(config.routes()).withProblems(List.of(Problem.error(READ_FAILED, "the routes of the Nuxt app"
                        + " around this site's content could not be read (" + cause + "); links to its pages and redirects are"
                        + " reported as naming no page", SourceLocation.of(where))));
            }
            out.put(site, routes);
        }
        return out;
    }

    /** The content root of a Markdown or data item. */
    private static Path rootOf(InputReader.Item item) {
        return content(item).path();
    }

    /** The site of a Markdown or data item's pages. */
    private static String siteOf(InputReader.Item item) {
        return content(item).site();
    }

    private static InputReader.ContentRoot content(InputReader.Item item) {
        return Objects.requireNonNull(item.content(), "the planner gives every Markdown and data file its content root");
    }

    /** Reads a Markdown file named {@code display}, from {@code content} when its bytes were read already. */
    private Unit markdown(InputReader.Item item, String display, byte @Nullable [] content) {
        // the path in the collection: a folder's declared route prefix (site.prefixes) in place of the folder
        String rel = item.input().config().collectionPathOf(item.relative());
        String site = siteOf(item);
        MarkdownReader md = reader.markdownReader(item.input().config());
        byte[] bytes = content;
        if (bytes == null) {
            try {
                bytes = Files.readAllBytes(item.file());
            } catch (IOException e) {
                return failed(item, display, site, e);
            }
        }
        ReadResult<PageData> read = renamed(md.read(bytes, rel), s -> s.equals(rel) ? display : s);
        String route = read.value().map(d -> d.page().path()).orElse(null);
        if (read.value().isEmpty()) {
            return new Unit(InputKind.MARKDOWN_FILE, display, route, site, List.of(), read.problems(), Optional.empty());
        }
        return new Unit(InputKind.MARKDOWN_FILE, display, route, site, List.of(read), List.of(), Optional.empty());
    }

    private Unit dataFile(InputReader.Item item) {
        String display = item.display();
        String name = item.file().getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : name;
        String what = dev.qakit.io.internal.input.Sniff.isNavigationName(name)
                ? "Nuxt Content's navigation settings of this folder (" + name + "); qa reads pages, so they are not checked"
                : "a Nuxt Content data file (" + ext + "); qa reads question pages (Markdown, payloads, prerendered pages), so its"
                        + " data is not checked";
        Problem note = new Problem(Severity.INFO, DATA_FILE, what, SourceLocation.of(display));
        return new Unit(InputKind.DATA_FILE, display, null, siteOf(item), List.of(),
                List.of(note), Optional.empty());
    }

    private Unit payload(InputReader.Item item) {
        String display = item.display();
        Path siteRoot = item.siteRoot();
        String site = siteRoot != null ? "site:" + reader.display(siteRoot, item.input())
                : "payloads:" + reader.display(item.input().root(), item.input());
        ReadResult<NuxtPayload> read;
        try {
            read = item.kind() == InputKind.HTML_PAGE && siteRoot != null ? reader.payloadReader().readHtml(item.file(), siteRoot)
                    : reader.payloadReader().read(item.file());
        } catch (IOException e) {
            return failed(item, display, site, e);
        }
        return payloadUnit(item, item.kind(), display, null, site, read);
    }

    private Stream<Unit> site(InputReader.Item item) {
        Path siteRoot = Objects.requireNonNull(item.siteRoot());
        Input input = item.input();
        String site = "site:" + reader.display(siteRoot, input);
        Path globBase = input.configFile().map(f -> f.toAbsolutePath().normalize().getParent()).filter(siteRoot::startsWith)
                .orElse(siteRoot);
        Stream<NuxtRoute> routes;
        try {
            routes = reader.siteReader().routes(siteRoot, item.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes.filter(r -> {
            Path file = r.html() != null ? r.html() : r.payloadFile();
            return file == null || input.config().isIncluded(globBase.relativize(file.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/'));
        }).map(r -> {
            Path file = r.html() != null ? r.html() : Objects.requireNonNull(r.payloadFile());
            InputKind kind = r.html() != null ? InputKind.HTML_PAGE : InputKind.PAYLOAD;
            return guarded(item, file, () -> payloadUnit(item, kind, reader.display(file, input), r.route(), site, r.result()));
        });
    }

    private Unit payloadUnit(InputReader.Item item, InputKind kind, String display, @Nullable String route, String site,
            ReadResult<NuxtPayload> read) {
        UnaryOperator<String> rename = new Renaming(s -> rename(s, item.input()));
        List<Problem> problems = read.problems().stream().map(p -> p.withLocation(renamed(p.location(), rename))).toList();
        NuxtPayload payload = read.value().orElse(null);
        if (payload == null) {
            List<Problem> all = problems.isEmpty()
                    ? List.of(noValue(SourceLocation.of(display)))
                    : problems;
            return new Unit(kind, display, route, site, List.of(), all, Optional.empty());
        }
        List<ReadResult<PageData>> pages = new ArrayList<>();
        for (DataEntry e : payload.entries()) {
            if (e instanceof DataEntry.QuestionPage q) {
                SourceMap map = q.sourceMap();
                pages.add(ReadResult.of(q.data(), List.of(), pointer -> renamed(map.locate(pointer), rename)));
            }
        }
        String r = route != null ? route : payload.path()
                .orElseGet(() -> pages.isEmpty() ? null : pages.get(0).value().map(d -> d.page().path()).orElse(null));
        return new Unit(kind, display, r, site, pages, problems, Optional.of(payload));
    }

    private Unit failed(InputReader.Item item, String display, String site, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "it does not exist" : String.valueOf(e.getMessage());
        return new Unit(item.kind(), display, null, site, List.of(), List.of(Problem.error(READ_FAILED, "could not read the file: "
                + why, SourceLocation.of(display))), Optional.empty());
    }

    private String rename(String source, Input input) {
        if (source.startsWith("<")) {
            return source;
        }
        try {
            Path p = Path.of(source);
            return p.isAbsolute() ? reader.display(p, input) : source;
        } catch (RuntimeException e) {
            return source;
        }
    }

    /**
     * A renaming that remembers its last answer. The validator locates every question of a page
     * in the same file, and naming a file (resolving and relativizing its path) costs more than
     * finding the location.
     */
    private static final class Renaming implements UnaryOperator<String> {
        private final UnaryOperator<String> rename;
        private volatile String @Nullable [] last;

        Renaming(UnaryOperator<String> rename) {
            this.rename = rename;
        }

        @Override
        public String apply(String source) {
            String[] l = last;
            if (l != null && l[0].equals(source)) {
                return l[1];
            }
            String renamed = rename.apply(source);
            last = new String[] {source, renamed};
            return renamed;
        }
    }

    /** A read with every location's source renamed (a content-root-relative name becomes the file's display name). */
    private static <T> ReadResult<T> renamed(ReadResult<T> read, UnaryOperator<String> rename) {
        SourceMap original = read.sourceMap();
        SourceMap map = pointer -> renamed(original.locate(pointer), rename);
        List<Problem> problems = read.problems().stream().map(p -> p.withLocation(renamed(p.location(), rename))).toList();
        return read.value().map(v -> ReadResult.of(v, problems, map))
                .orElseGet(() -> problems.stream().anyMatch(Problem::isError) ? ReadResult.failed(problems, map)
                        : ReadResult.failed(List.of(noValue(map.locate(""))), map));
    }

    /** A file that yielded no value and no error says so. */
    private static Problem noValue(SourceLocation at) {
        return Problem.error(NO_VALUE, "nothing could be read from this file", at);
    }

    private static SourceLocation renamed(SourceLocation l, UnaryOperator<String> rename) {
        String s = rename.apply(l.source());
        return s.equals(l.source()) ? l : new SourceLocation(s, l.line(), l.column(), l.pointer());
    }
}
