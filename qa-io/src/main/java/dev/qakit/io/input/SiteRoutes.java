package dev.qakit.io.input;

import dev.qakit.io.internal.input.AppPages;
import dev.qakit.io.internal.input.Glob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * <p>Routes are compared without query, fragment and trailing {@code /}. Immutable and thread-safe.
 */
public final class SiteRoutes {
    private static final SiteRoutes NONE = new SiteRoutes(List.of());

    /** One route or route glob, and the fixed part before its first dynamic segment when it comes from a dynamic page. */
    private record Entry(String pattern, String staticPart, boolean dynamicPage, Glob glob) {
    }

    private final List<Entry> entries;
    private final Set<String> exact;

    private SiteRoutes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
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
        return new SiteRoutes(out);
    }

    /**
     * The routes of a configuration and of the Nuxt app around a content root: the configured
     * routes, and the routes of the configured {@code pages/} folders, or when none is
     * configured of {@code app/pages} and {@code pages} beside the content root when that
     * folder is a Nuxt project (has a {@code nuxt.config}).
     *
     * @param config the configuration
     * @param configFolder the folder of the configuration file (configured page folders are
     *     relative to it), or null when there is none
     * @param contentRoot the content root
     * @return the routes
     * @throws IOException if a pages folder cannot be listed
     */
    public static SiteRoutes of(QaConfig config, @org.jspecify.annotations.Nullable Path configFolder, Path contentRoot)
            throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(contentRoot, "contentRoot");
        List<Entry> out = new ArrayList<>();
        for (String r : config.routes()) {
            out.add(entry(normalise(r), "", false));
        }
        List<Path> folders = new ArrayList<>();
        if (!config.pages().isEmpty()) {
            if (configFolder != null) {
                config.pages().forEach(p -> folders.add(configFolder.resolve(p).normalize()));
            }
        } else {
            Path project = contentRoot.toAbsolutePath().normalize().getParent();
            if (project != null && isNuxtProject(project)) {
                folders.add(project.resolve("app").resolve("pages"));
                folders.add(project.resolve("pages"));
            }
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                for (AppPages.Route r : AppPages.routes(folder)) {
                    out.add(entry(r.pattern(), r.staticPart(), r.dynamic()));
                }
            }
        }
        return new SiteRoutes(out);
    }

    private static boolean isNuxtProject(Path folder) {
        for (String ext : List.of("ts", "js", "mjs", "mts")) {
            if (Files.isRegularFile(folder.resolve("nuxt.config." + ext))) {
                return true;
            }
        }
        return false;
    }

    private static Entry entry(String pattern, String staticPart, boolean dynamic) {
        return new Entry(pattern, staticPart, dynamic, Glob.compile(pattern.equals("/") ? "" : pattern.substring(1)));
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
        return kept.size() == entries.size() ? this : new SiteRoutes(kept);
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
            if (e.pattern().indexOf('*') >= 0 && e.glob().matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The routes and globs, in order: configured first, then those of the app's pages.
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
