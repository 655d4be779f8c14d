package dev.qakit.io.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.internal.input.ContentRoots;
import dev.qakit.io.internal.input.Sniff;
import dev.qakit.io.internal.nuxt.GeneratedFolders;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.io.nuxt.NuxtSiteReader;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The front door: every way in to qakit — each {@code qa} command, the validator, the Maven
 * plugin, a library user with paths — reads inputs through it, so the same input gives the same
 * pages and the same problems everywhere.
 *
 * <pre>{@code
 * InputReader reader = InputReader.builder().build();
 * InputPlan plan = reader.plan(List.of(Path.of("content")));   // kinds, roots, qa.yaml: decided once
 * try (Stream<Unit> units = plan.units()) {                   // one unit per file or route
 *     units.forEach(u -> u.allProblems().forEach(p -> System.err.println(p.format())));
 * }
 * }</pre>
 *
 * <p>For each input it decides the kind once ({@link InputKind}: by the name where it says, by
 * the content where it does not), finds its root from the input itself — never from the
 * process's current folder — and reads the {@code qa.yaml} that applies once:
 * <ul>
 * <li>the <b>content root</b> of Markdown is the nearest enclosing folder named {@code content},
 *     else the nearest one holding {@code qa.yaml}, else the input itself (a file's folder);
 *     page ids and routes are relative to it;</li>
 * <li>the <b>site root</b> of a generated site, or of any folder inside one, is the nearest
 *     enclosing folder with Nuxt's {@code _nuxt/} build folder (or SPA fallback pages), else the
 *     folder given;</li>
 * <li>the <b>configuration</b> is the {@code qa.yaml} (or {@code .qa.yaml}) of the nearest
 *     enclosing folder that has one, looking no higher than the repository (a folder with
 *     {@code .git}); its {@code include}/{@code exclude} globs are relative to its folder. A
 *     folder inside the input with a configuration of its own — a project of a monorepo — is
 *     read with that one, as when it is given alone ({@link InputPlan#configFor(String)}).</li>
 * </ul>
 * Folders are walked in name order, leaving out hidden folders, {@code node_modules} and
 * {@code target}: Markdown files, devalue payloads of any name, prerendered pages and generated
 * sites are read; Nuxt Content data files inside a content root are listed as
 * {@link InputKind#DATA_FILE} units; other files are not content and are passed over. An input
 * that holds nothing readable is an {@link InputException} naming what was looked for.
 *
 * <p>Files are named in problems as the input was named ({@code content/a.md} for the input
 * {@code content}), or relative to {@link Builder#displayBase(Path)} when one is set. Immutable
 * and thread-safe.
 */
public final class InputReader {
    /** Folders a walk never enters, besides Nuxt's generated ones and hidden ones. */
    static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target");

    private final @Nullable String collection;
    private final @Nullable QaConfig config;
    private final @Nullable Path configFile;
    private final @Nullable Path contentRoot;
    private final @Nullable Path displayBase;
    private final MarkdownReader markdown;
    /** The Markdown reader for each collection other than {@link #markdown}'s that a configuration names. */
    private final Map<String, MarkdownReader> markdownByCollection = new ConcurrentHashMap<>();
    private final NuxtPayloadReader payloads;
    private final boolean siblings;

    private InputReader(Builder b) {
        this.collection = b.collection;
        this.config = b.config;
        this.configFile = b.configFile;
        this.contentRoot = b.contentRoot;
        this.displayBase = b.displayBase;
        this.markdown = b.markdown;
        this.payloads = b.payloads;
        this.siblings = b.siblings;
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
     * A builder holding this reader's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.collection = collection;
        b.config = config;
        b.configFile = configFile;
        b.contentRoot = contentRoot;
        b.displayBase = displayBase;
        b.markdown = markdown;
        b.payloads = payloads;
        b.siblings = siblings;
        return b;
    }

    /**
     * Decides what each input is, finds its root and reads its configuration, and lists the files
     * of folders. Nothing is read yet but the configuration files and the first bytes of files
     * whose names do not say what they are.
     *
     * @param inputs files and folders, in the order their units are to come
     * @return the plan
     * @throws NoSuchFileException if an input does not exist
     * @throws InputException if an input is of no kind qakit reads, or holds nothing it reads
     * @throws IOException if a folder cannot be listed
     */
    public InputPlan plan(List<Path> inputs) throws IOException {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.isEmpty()) {
            throw new InputException("no input given; expected " + InputKind.EXPECTED);
        }
        Planner planner = new Planner();
        for (Path in : inputs) {
            planner.add(Objects.requireNonNull(in, "input"));
        }
        return new InputPlan(this, planner.inputs, planner.items, planner.configReads, planner.walkProblems);
    }

    /**
     * Plans one input.
     *
     * @param input a file or folder
     * @return the plan
     * @throws IOException as {@link #plan(List)}
     */
    public InputPlan plan(Path input) throws IOException {
        return plan(List.of(input));
    }

    MarkdownReader markdownReader(QaConfig forInput) {
        String c = collection != null ? collection : forInput.collection().orElse(null);
        return c == null || c.equals(markdown.collection()) ? markdown
                : markdownByCollection.computeIfAbsent(c, k -> markdown.toBuilder().collection(k).build());
    }

    NuxtPayloadReader payloadReader() {
        return payloads;
    }

    NuxtSiteReader siteReader() {
        return NuxtSiteReader.builder().payloadReader(payloads).build();
    }

    boolean siblings() {
        return siblings;
    }

    /**
     * A file's name as problems give it when it belongs to no input: relative to the
     * {@link Builder#displayBase(Path) display base} when that holds it, else absolute; with
     * forward slashes.
     *
     * @param file the file
     * @return the name
     */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return slashes(displayBase != null && abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs);
    }

    /** A path as problems name it. */
    String display(Path absolute, Input input) {
        if (displayBase != null) {
            return display(absolute);
        }
        Path abs = absolute.toAbsolutePath().normalize();
        Path given = input.path();
        Path givenAbs = given.toAbsolutePath().normalize();
        if (abs.startsWith(givenAbs)) {
            return slashes(given.normalize().resolve(givenAbs.relativize(abs)).normalize());
        }
        Path base = baseOf(given.normalize(), givenAbs);
        if (base != null && abs.startsWith(base)) {
            // a split payload's other half, or a qa.yaml above the input: named from where the input was
            return slashes(base.relativize(abs));
        }
        return slashes(abs);
    }

    /** The folder a relative input was named from, or null for an absolute one or one that climbs with {@code ..}. */
    private static @Nullable Path baseOf(Path given, Path givenAbs) {
        if (given.isAbsolute()) {
            return null;
        }
        Path base = givenAbs;
        for (Path part : given) {
            if (part.toString().equals("..") || base == null) {
                return null;
            }
            if (!part.toString().isEmpty()) {
                base = base.getParent();
            }
        }
        return base;
    }

    private static String slashes(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /**
     * One thing to read: a file, or a whole site (or a folder of one).
     *
     * @param content the content root of a Markdown or data file, else null
     * @param display the file's name in problems ({@link #display(Path, Input)})
     */
    record Item(Input input, InputKind kind, Path file, @Nullable Path siteRoot, String relative, @Nullable ContentRoot content,
            String display) {
    }

    /** The display name of a file in a folder, from the folder's: the same as {@link #display(Path, Input)} gives the file. */
    private static String child(String folderDisplay, String name) {
        return folderDisplay.equals(".") ? name : folderDisplay.endsWith("/") ? folderDisplay + name : folderDisplay + "/" + name;
    }

    /**
     * The content root of Markdown and data files, and the site their pages belong to, as
     * {@link Unit#site()} names it.
     */
    record ContentRoot(Path path, String site) {
    }

    private ContentRoot contentRoot(Path root, Input in) {
        return new ContentRoot(root, "content:" + display(root, in));
    }

    /** Decides kinds, roots and configurations. */
    private final class Planner {
        final List<Input> inputs = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        final Map<Path, ReadResult<QaConfig>> configReads = new LinkedHashMap<>();
        final List<Problem> walkProblems = new ArrayList<>();

        void add(Path given) throws IOException {
            Path abs = given.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new NoSuchFileException(given.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(abs)) {
                Path site = siteRootAbove(abs);
                if (site != null) {
                    Input in = input(given, InputKind.SITE, site, site);
                    inputs.add(in);
                    if (!hasRoute(abs)) {
                        throw new InputException("'" + given + "' is a folder of a generated site (" + site + ") with no page in it;"
                                + " expected a folder holding index.html or _payload.json files");
                    }
                    items.add(new Item(in, InputKind.SITE, abs, site, "", null, display(abs, in)));
                    return;
                }
                Path root = contentRoot != null ? contentRoot.toAbsolutePath().normalize() : ContentRoots.of(abs).root(abs);
                Input in = input(given, InputKind.FOLDER, root, abs);
                inputs.add(in);
                int before = items.size();
                walk(in, abs, globBase(in, abs));
                if (items.size() == before) {
                    throw new InputException("'" + given + "' holds nothing qa reads; looked for " + InputKind.EXPECTED);
                }
                return;
            }
            InputKind kind = Sniff.ofFile(abs);
            if (kind == null) {
                throw new InputException("'" + given + "' is not an input qa reads; expected " + InputKind.EXPECTED);
            }
            Path parent = abs.getParent();
            Path root = kind == InputKind.MARKDOWN_FILE || kind == InputKind.DATA_FILE
                    ? contentRoot != null ? contentRoot.toAbsolutePath().normalize() : ContentRoots.of(parent).root(parent)
                    : Objects.requireNonNullElse(siteRootAbove(parent), parent);
            Input in = input(given, kind, root, parent);
            inputs.add(in);
            if (kind == InputKind.MARKDOWN_FILE && !abs.startsWith(root)) {
                throw new InputException("'" + given + "' is not inside the content root " + root);
            }
            boolean content = kind == InputKind.MARKDOWN_FILE || kind == InputKind.DATA_FILE;
            items.add(new Item(in, kind, abs, kind == InputKind.HTML_PAGE ? siteRootAbove(parent) : null,
                    root.relativize(abs).toString().replace('\\', '/'), content ? contentRoot(root, in) : null, display(abs, in)));
        }

        private Input input(Path given, InputKind kind, Path root, Path from) throws IOException {
            if (config != null) {
                return new Input(given, kind, root, Optional.ofNullable(configFile), config);
            }
            Path file = configFile != null ? configFile.toAbsolutePath().normalize() : findConfig(root.startsWith(from) ? root : from);
            if (file == null) {
                return new Input(given, kind, root, Optional.empty(), QaConfig.defaults());
            }
            return new Input(given, kind, root, Optional.of(file), read(file, new Input(given, kind, root, Optional.of(file),
                    QaConfig.defaults())));
        }

        /** Reads a configuration file once per plan, named as {@code naming}'s files are named. */
        private QaConfig read(Path file, Input naming) throws IOException {
            ReadResult<QaConfig> read = configReads.get(file);
            if (read == null) {
                // named as the input is named, so the same qa.yaml reads the same from every command
                read = QaConfig.read(file, display(file, naming));
                configReads.put(file, read);
            }
            return read.value().orElse(QaConfig.defaults());
        }

        /** A folder's entry, with its name taken once for sorting and matching. */
        private record Named(String name, Path path) {
        }

        /** Where the configuration's globs are rooted: its file's folder, else the input folder. */
        private Path globBase(Input in, Path folder) {
            return in.configFile().map(f -> f.toAbsolutePath().normalize().getParent()).filter(folder::startsWith).orElse(folder);
        }

        private void walk(Input in, Path dir, Path globBase) throws IOException {
            walk(in, dir, dir.startsWith(globBase) ? prefix(globBase, dir) : null, null);
        }

        /** A folder's path under a base, ending in {@code /} unless it is the base: what its children's names are appended to. */
        private static String prefix(Path base, Path dir) {
            String rel = base.relativize(dir).toString().replace('\\', '/');
            return rel.isEmpty() ? "" : rel + "/";
        }

        /**
         * Lists a folder's inputs, and those of the folders in it.
         *
         * @param globPrefix the folder's path under the configuration's glob base ({@link #prefix}),
         *     or null when it is not under it (globs then see file names alone)
         * @param above the content root search from the folder holding this one, or null at the top
         */
        private void walk(Input input, Path dir, @Nullable String globPrefix, @Nullable ContentRoots above) throws IOException {
            Input in = input;
            List<Named> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(c -> children.add(new Named(c.getFileName().toString(), c)));
            } catch (java.nio.file.AccessDeniedException e) {
                if (dir.equals(in.path().toAbsolutePath().normalize())) {
                    throw e;
                }
                // a folder the walk may not enter is said, not skipped silently
                walkProblems.add(Problem.warning(InputPlan.UNREADABLE_FOLDER, "this folder cannot be read (access denied);"
                        + " nothing in it was checked", SourceLocation.of(display(dir, in))));
                return;
            }
            children.sort(Comparator.comparing(Named::name));
            ContentRoots search;
            if (above == null) {
                search = ContentRoots.of(dir);
            } else {
                boolean config = false;
                boolean repository = false;
                for (Named c : children) {
                    config |= QaConfig.FILE_NAMES.contains(c.name());
                    repository |= c.name().equals(ContentRoots.REPOSITORY_MARKER);
                }
                search = above.child(dir, config, repository);
                Input own = configured(in, dir, config, repository);
                if (own != in) {
                    // the folder's configuration takes over, its globs relative to the folder
                    in = own;
                    globPrefix = "";
                }
            }
            boolean routeHtml = Files.isRegularFile(dir.resolve("index.html")) && Sniff.isNuxtPage(dir.resolve("index.html"));
            // the content root of the folder's Markdown and data files, and the folder's path under it: found at the first
            ContentRoot root = null;
            String rootPrefix = null;
            String folderDisplay = null;
            for (Named child : children) {
                Path c = child.path();
                String name = child.name();
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(c, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // deleted since the folder was listed
                }
                String globPath = globPrefix != null ? globPrefix + name : name;
                if (attributes.isDirectory()) {
                    if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name) || GeneratedFolders.contains(name)) {
                        continue;
                    }
                    if (Sniff.isSiteRoot(c)) {
                        if (hasRoute(c) && in.config().isIncluded(globPath + "/")) {
                            items.add(new Item(in, InputKind.SITE, c, c, globPath, null, display(c, in)));
                        }
                        continue;
                    }
                    walk(in, c, globPrefix != null ? globPath + "/" : null, search);
                    continue;
                }
                // a link is followed to a file, never to a folder
                boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(c);
                // hidden files are not content, but for Nuxt Content's navigation settings, named like data files
                if (!regular || name.startsWith(".") && !Sniff.isNavigationName(name) || QaConfig.FILE_NAMES.contains(name)) {
                    continue;
                }
                if (!in.config().isIncluded(globPath)) {
                    continue;
                }
                InputKind kind = kindInFolder(c, name, routeHtml);
                if (kind == null) {
                    continue;
                }
                String relative;
                boolean content = kind == InputKind.MARKDOWN_FILE || kind == InputKind.DATA_FILE;
                if (content) {
                    if (root == null) {
                        root = contentRoot(search.root(in.root()), in);
                        rootPrefix = prefix(root.path(), dir);
                    }
                    if (kind == InputKind.DATA_FILE && !isContentRoot(root.path())) {
                        continue; // a data format outside any content root is not content (package.json, tsconfig.json)
                    }
                    relative = rootPrefix + name;
                } else {
                    relative = in.root().relativize(c).toString().replace('\\', '/');
                }
                if (folderDisplay == null) {
                    folderDisplay = display(dir, in);
                }
                items.add(new Item(in, kind, c, kind == InputKind.HTML_PAGE ? dir.getParent() : null, relative,
                        content ? root : null, child(folderDisplay, name)));
            }
        }

        /**
         * The input whose configuration applies to a folder's files. A folder inside the input
         * that holds {@code qa.yaml} (or {@code .qa.yaml}) is another project — a monorepo's, say
         * — and its files take that configuration, with the folder as their root, just as when
         * the folder is given alone; a folder that is a repository's root (it holds {@code .git})
         * and holds none takes the defaults, as the search for a configuration stops there. When
         * the reader was given its configuration, that one applies throughout, and a configuration
         * file met on the way is said not to be applied rather than passed over in silence.
         */
        private Input configured(Input in, Path dir, boolean mayHoldConfig, boolean mayBeRepository) throws IOException {
            if (!mayHoldConfig && !mayBeRepository) {
                return in;
            }
            Path file = mayHoldConfig ? QaConfig.find(dir).map(f -> f.toAbsolutePath().normalize()).orElse(null) : null;
            if (file == null && !(mayBeRepository && ContentRoots.isRepositoryRoot(dir))) {
                return in;
            }
            if (config != null || configFile != null) {
                if (file != null) {
                    String given = configFile != null ? "the one given (" + display(configFile.toAbsolutePath().normalize(), in) + ")"
                            : "the one the reader was given";
                    walkProblems.add(Problem.warning(InputPlan.NESTED_CONFIG, "this configuration is not applied: the run takes "
                            + given + " for every file", SourceLocation.of(display(file, in))));
                }
                return in;
            }
            if (file == null) {
                return in.configFile().isEmpty() ? in : new Input(in.path(), in.kind(), dir, Optional.empty(), QaConfig.defaults());
            }
            return new Input(in.path(), in.kind(), dir, Optional.of(file), read(file, in));
        }

        private @Nullable InputKind kindInFolder(Path file, String name, boolean routeHtml) throws IOException {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (Sniff.isMarkdownName(lower)) {
                return InputKind.MARKDOWN_FILE;
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return Sniff.isNuxtPage(file) ? InputKind.HTML_PAGE : null;
            }
            if (lower.equals("_payload.json")) {
                // beside a prerendered page, the page's read merges it
                return routeHtml ? null : InputKind.PAYLOAD;
            }
            if (lower.equals("_payload.js")) {
                return routeHtml ? null : InputKind.PAYLOAD;
            }
            if (lower.endsWith(".json")) {
                return Sniff.ofFile(file);
            }
            return Sniff.isDataName(lower) ? InputKind.DATA_FILE : null;
        }

        private boolean isContentRoot(Path root) {
            Path name = root.getFileName();
            return name != null && name.toString().equals("content") || QaConfig.find(root).isPresent()
                    || contentRoot != null && root.equals(contentRoot.toAbsolutePath().normalize());
        }

        private static @Nullable Path findConfig(Path from) {
            for (Path p = from; p != null; p = p.getParent()) {
                Optional<Path> f = QaConfig.find(p);
                if (f.isPresent()) {
                    return f.get().toAbsolutePath().normalize();
                }
                if (ContentRoots.isRepositoryRoot(p)) {
                    return null;
                }
            }
            return null;
        }

        /** The root of the generated site a folder belongs to, or null when it is in none. */
        private static @Nullable Path siteRootAbove(Path dir) {
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Sniff.isSiteRoot(p)) {
                    return p;
                }
                if (ContentRoots.isRepositoryRoot(p)) {
                    break;
                }
            }
            return Sniff.isRouteFolder(dir) && onlyRoutesBelow(dir) ? dir : null;
        }

        /** A folder of routes: it holds a page, and no Markdown beside it (not a content folder). */
        private static boolean onlyRoutesBelow(Path dir) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    if (Sniff.isMarkdownName(c.getFileName().toString())) {
                        return false;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return true;
        }

        private static boolean hasRoute(Path dir) throws IOException {
            try (var files = Files.find(dir, Integer.MAX_VALUE, (p, a) -> a.isRegularFile()
                    && (p.getFileName().toString().equals("index.html") || p.getFileName().toString().equals("_payload.json")))) {
                return files.findAny().isPresent();
            }
        }
    }

    /** Builds {@link InputReader}s. Not thread-safe. */
    public static final class Builder {
        private @Nullable String collection;
        private @Nullable QaConfig config;
        private @Nullable Path configFile;
        private @Nullable Path contentRoot;
        private @Nullable Path displayBase;
        private MarkdownReader markdown = MarkdownReader.builder().includePartials(true).build();
        private NuxtPayloadReader payloads = NuxtPayloadReader.builder().build();
        private boolean siblings;

        private Builder() {
        }

        /**
         * Sets the Nuxt Content collection of Markdown pages, over the {@code collection} of
         * {@code qa.yaml}. Defaults to the configuration's, else {@code content}.
         *
         * @param value a collection name such as {@code qa}
         * @return this builder
         * @throws IllegalArgumentException if it is not a collection name
         */
        public Builder collection(String value) {
            QaConfig.builder().collection(value);
            this.collection = value;
            return this;
        }

        /**
         * Uses this configuration for every input instead of looking for {@code qa.yaml}.
         *
         * @param value the configuration
         * @return this builder
         */
        public Builder config(QaConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Reads this configuration file for every input instead of looking for {@code qa.yaml}.
         *
         * @param value the file
         * @return this builder
         */
        public Builder configFile(Path value) {
            this.configFile = Objects.requireNonNull(value, "configFile");
            return this;
        }

        /**
         * Sets the content root of every Markdown input instead of finding it.
         *
         * @param value the folder
         * @return this builder
         */
        public Builder contentRoot(Path value) {
            this.contentRoot = Objects.requireNonNull(value, "contentRoot");
            return this;
        }

        /**
         * Names files in problems relative to this folder (those outside it absolutely), instead
         * of as the inputs were named. The {@code qa} command sets its current folder.
         *
         * @param value the folder
         * @return this builder
         */
        public Builder displayBase(Path value) {
            this.displayBase = Objects.requireNonNull(value, "displayBase").toAbsolutePath().normalize();
            return this;
        }

        /**
         * Sets the Markdown reader's settings (declared keys, limits, partials); its collection
         * is replaced by the one that applies to each input. Defaults to a reader that includes
         * {@code _}-prefixed files, as Nuxt Content 3 does.
         *
         * @param value the reader
         * @return this builder
         */
        public Builder markdownReader(MarkdownReader value) {
            this.markdown = Objects.requireNonNull(value, "markdownReader");
            return this;
        }

        /**
         * Sets the payload reader (revivers, unknown tags, limits). Defaults to
         * {@code NuxtPayloadReader.builder().build()}.
         *
         * @param value the reader
         * @return this builder
         */
        public Builder payloadReader(NuxtPayloadReader value) {
            this.payloads = Objects.requireNonNull(value, "payloadReader");
            return this;
        }

        /**
         * Whether the Markdown pages of folder inputs get their siblings filled in from the pages
         * of their topic, as a generated site has them ({@link dev.qakit.io.markdown.SiblingIndex});
         * a Markdown file given alone keeps the siblings it records. Reading then holds every page
         * of each content root in memory. Defaults to false.
         *
         * @param value true to fill them in
         * @return this builder
         */
        public Builder siblings(boolean value) {
            this.siblings = value;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return a new reader
         */
        public InputReader build() {
            return new InputReader(this);
        }
    }
}
