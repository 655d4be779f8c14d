package dev.qakit.io.input;

import dev.qakit.io.internal.input.AppPages;
import dev.qakit.io.internal.input.Glob;
import dev.qakit.io.internal.input.NuxtConfigRoutes;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The routes a site serves besides its content pages: those {@code qa.yaml} lists
 * ({@link QaConfig#routes()}: app pages, redirects, server routes) and those the file names of
 * the Nuxt app's {@code pages/} folders give. A link to one of them is not a broken link.
 *
 * <p>File names give routes as Nuxt's router reads them: {@code about.vue} → {@code /about},
 * {@code blog/index.vue} → {@code /blog}, {@code [slug].vue} one segment ({@code /blog/*}),
 * {@code [[opt]]} an optional one, {@code [...slug].vue} any depth, {@code (group)} folders
 * add no segment. A dynamic page whose fixed part already holds content pages
 * ({@code blog/[slug].vue} beside {@code content/blog/}, or {@code [...slug].vue} at the root)
 * is where Nuxt Content renders that content, and a route it does not find there is still a 404:
 * such a page adds no route ({@link #forContent(Collection)}).
 *
 * <p>The Nuxt project around a content root (the folder holding it, when it has a
 * {@code nuxt.config}) serves more: its server routes ({@code server/routes/},
 * {@code server/api/} under {@code /api}, named as pages are), the files of its {@code public/}
 * folder at their paths, and the routes its configuration declares: a route rule that redirects
 * or proxies answers, as does a prerendered route ({@code routeRules}, {@code nitro.prerender.routes};
 * read from the file's text, not run). Route rules the file makes by code are not known, and
 * {@link #problems()} says where they are ({@link #NUXT_CONFIG_UNREAD}).
 *
 * <p>Routes are compared without query, fragment and trailing {@code /}. Immutable and thread-safe.
 */
public final class SiteRoutes {
    /**
     * A Nuxt project's configuration makes routes by code (a spread, a computed route, a rule
     * that is not written out), so the routes they serve are not known to qa.
     */
    public static final String NUXT_CONFIG_UNREAD = "input.nuxt-config-unread";

    private static final SiteRoutes NONE = new SiteRoutes(List.of(), List.of());

    /** One route or route glob, and the fixed part before its first dynamic segment when it comes from a dynamic page. */
    private record Entry(String pattern, String staticPart, boolean dynamicPage, @Nullable Glob glob) {
    }

    private final List<Entry> entries;
    private final Set<String> exact;
    private final List<Problem> problems;

    private SiteRoutes(List<Entry> entries, List<Problem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        Set<String> e = new LinkedHashSet<>();
        for (Entry x : this.entries) {
            if (x.pattern().indexOf('*') < 0) {
                e.add(x.pattern());
            }
        }
        this.exact = Set.copyOf(e);
    }

    /**
     * No routes besides the content pages.
     *
     * @return the empty set of routes
     */
    public static SiteRoutes none() {
        return NONE;
    }

    /**
     * Routes and route globs as {@code site.routes} lists them.
     *
     * @param routes routes such as {@code /modules}, globs such as {@code /blog/*}
     * @return the routes
     */
    public static SiteRoutes of(Collection<String> routes) {
        Objects.requireNonNull(routes, "routes");
        List<Entry> out = new ArrayList<>();
        for (String r : routes) {
            out.add(entry(normalise(r), "", false));
        }
        return new SiteRoutes(out, List.of());
    }

    /**
     * The routes of a configuration and of the Nuxt app around a content root, with files named
     * by their absolute paths: see {@link #of(QaConfig, Path, Path, Function)}.
     *
     * @param config the configuration
     * @param configFolder the folder of the configuration file (configured page folders are
     *     relative to it), or null when there is none
     * @param contentRoot the content root
     * @return the routes
     * @throws IOException if a pages folder or the Nuxt configuration cannot be read
     */
    public static SiteRoutes of(QaConfig config, @Nullable Path configFolder, Path contentRoot) throws IOException {
        return of(config, configFolder, contentRoot, p -> p.toString().replace('\\', '/'));
    }

    /**
     * The routes of a configuration and of the Nuxt app around a content root: the configured
     * routes; the routes of the configured {@code pages/} folders, or when none is configured
     * of {@code app/pages} and {@code pages} beside the content root when the folder holding it
     * is a Nuxt project (has a {@code nuxt.config}); and that project's server routes, the files
     * of its {@code public/} folder, its route rules that redirect or proxy and its prerendered
     * routes.
     *
     * @param config the configuration
     * @param configFolder the folder of the configuration file (configured page folders are
     *     relative to it), or null when there is none
     * @param contentRoot the content root
     * @param naming a file's name in {@link #problems()}
     * @return the routes
     * @throws IOException if a pages folder or the Nuxt configuration cannot be read
     */
    public static SiteRoutes of(QaConfig config, @Nullable Path configFolder, Path contentRoot, Function<Path, String> naming)
            throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(contentRoot, "contentRoot");
        Objects.requireNonNull(naming, "naming");
        List<Entry> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String r : config.routes()) {
            out.add(entry(normalise(r), "", false));
        }
        Path project = contentRoot.toAbsolutePath().normalize().getParent();
        Path nuxtConfig = project == null ? null : NuxtConfigRoutes.find(project);
        List<Path> folders = new ArrayList<>();
        if (!config.pages().isEmpty()) {
            if (configFolder != null) {
                config.pages().forEach(p -> folders.add(configFolder.resolve(p).normalize()));
            }
        } else if (nuxtConfig != null) {
            folders.add(project.resolve("app").resolve("pages"));
            folders.add(project.resolve("pages"));
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                for (AppPages.Route r : AppPages.routes(folder)) {
                    out.add(entry(r.pattern(), r.staticPart(), r.dynamic()));
                }
            }
        }
        if (nuxtConfig != null) {
            // the project's server routes and the files it serves as they are
            for (String[] server : new String[][] {{"routes", ""}, {"api", "/api"}}) {
                Path folder = project.resolve("server").resolve(server[0]);
                if (Files.isDirectory(folder)) {
                    for (AppPages.Route r : AppPages.serverRoutes(folder, server[1])) {
                        out.add(entry(r.pattern(), r.staticPart(), r.dynamic()));
                    }
                }
            }
            Path publicFolder = project.resolve("public");
            if (Files.isDirectory(publicFolder)) {
                try (Stream<Path> files = Files.walk(publicFolder)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.add(entry("/" + publicFolder.relativize(f).toString().replace('\\', '/'), "", false));
                    }
                }
            }
            NuxtConfigRoutes.Result declared = NuxtConfigRoutes.read(nuxtConfig);
            for (String r : declared.routes()) {
                out.add(entry(normalise(r), "", false));
            }
            String name = naming.apply(nuxtConfig);
            for (NuxtConfigRoutes.Unread u : declared.unread()) {
                problems.add(new Problem(Severity.INFO, NUXT_CONFIG_UNREAD, "the routes " + what(u.kind()) + " makes are not known to"
                        + " qa, which reads this file without running it; a link to one of them is reported as naming no page: list"
                        + " them in qa.yaml (site.routes)", SourceLocation.at(name, u.line(), u.column())));
            }
        }
        return new SiteRoutes(out, problems);
    }

    private static String what(String kind) {
        return switch (kind) {
            case "spread" -> "this spread";
            case "computed" -> "this computed route";
            case "element" -> "this element of the prerendered routes";
            default -> "this value, made by code,";
        };
    }

    /** An entry; a glob is compiled only for a pattern with a wildcard (a public folder may hold thousands of plain routes). */
    private static Entry entry(String pattern, String staticPart, boolean dynamic) {
        return new Entry(pattern, staticPart, dynamic, pattern.indexOf('*') < 0 ? null
                : Glob.compile(pattern.equals("/") ? "" : pattern.substring(1)));
    }

    /**
     * These routes less those of dynamic pages that render the given content: a dynamic page
     * whose fixed part is a content route or holds one.
     *
     * @param contentRoutes the routes of the site's content pages
     * @return the routes that remain
     */
    public SiteRoutes forContent(Collection<String> contentRoutes) {
        Objects.requireNonNull(contentRoutes, "contentRoutes");
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.dynamicPage() || !holdsContent(e.staticPart(), contentRoutes)) {
                kept.add(e);
            }
        }
        return kept.size() == entries.size() ? this : new SiteRoutes(kept, problems);
    }

    private static boolean holdsContent(String staticPart, Collection<String> contentRoutes) {
        if (staticPart.equals("/")) {
            return !contentRoutes.isEmpty();
        }
        for (String r : contentRoutes) {
            if (r.equals(staticPart) || r.startsWith(staticPart + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the site serves a route.
     *
     * @param route a route such as {@code /modules/pinia}; query, fragment and trailing
     *     {@code /} are ignored
     * @return true if a listed route or glob matches it
     */
    public boolean serves(String route) {
        Objects.requireNonNull(route, "route");
        String r = normalise(route);
        if (exact.contains(r)) {
            return true;
        }
        String path = r.substring(1);
        for (Entry e : entries) {
            Glob glob = e.glob();
            if (glob != null && glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** These routes with more problems. */
    SiteRoutes withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new SiteRoutes(entries, all);
    }

    /**
     * What could not be read of the Nuxt project's configuration: where it makes route rules
     * or prerendered routes by code ({@link #NUXT_CONFIG_UNREAD}, each an info).
     *
     * @return the problems, in the file's order
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The routes and globs, in order: configured first, then those of the app's pages, its
     * server routes, its public files, and those of the Nuxt configuration.
     *
     * @return an immutable list
     */
    public List<String> patterns() {
        return entries.stream().map(Entry::pattern).toList();
    }

    private static String normalise(String route) {
        String r = route;
        int cut = r.length();
        for (char c : new char[] {'?', '#'}) {
            int i = r.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        r = r.substring(0, cut);
        while (r.length() > 1 && r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r.startsWith("/") ? r : "/" + r;
    }

    @Override
    public String toString() {
        return "SiteRoutes" + patterns();
    }
}
