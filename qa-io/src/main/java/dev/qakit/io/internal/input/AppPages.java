package dev.qakit.io.internal.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The routes the files of a Nuxt app's {@code pages/} folder give, as Nuxt's router reads their
 * names: {@code index} is its folder's route, {@code (group)} folders add no segment,
 * {@code [param]} is one segment, {@code [[param]]} an optional one, {@code [...slug]} any
 * number of segments (none included), {@code [[...slug]]} likewise; a segment such as
 * {@code v[version]} matches {@code v} and more. {@code .client} and {@code .server} suffixes
 * are dropped. Routes come as globs of {@link Glob}: {@code *} one segment, {@code **} any depth.
 *
 * <p>The server routes of a Nuxt project ({@code server/routes/}, and {@code server/api/} under
 * {@code /api}) are named the same way by Nitro, with an HTTP method suffix in place of
 * {@code .client}: {@code server/routes/rss.xml.get.ts} serves {@code /rss.xml}
 * ({@link #serverRoutes(Path, String)}).
 */
public final class AppPages {
    /** The extensions Nuxt reads pages from. */
    private static final Set<String> EXTENSIONS = Set.of("vue", "tsx", "jsx", "ts", "js", "mjs", "mts");
    /** The extensions Nitro reads server routes from. */
    private static final Set<String> SERVER_EXTENSIONS = Set.of("ts", "js", "mjs", "mts", "cjs", "cts");
    private static final Pattern PARAM = Pattern.compile("\\[\\[?(\\.\\.\\.)?[^\\]]*\\]\\]?");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(client|server)$");
    private static final Pattern METHOD_SUFFIX = Pattern.compile("\\.(get|post|put|patch|delete|head|options|connect|trace)$");

    /**
     * A route of the app.
     *
     * @param pattern the route or route glob, starting with {@code /}
     * @param staticPart the route up to the first dynamic segment ({@code /blog} for
     *     {@code /blog/*}), the route itself when it has none
     * @param dynamic whether the page has a dynamic segment
     */
    public record Route(String pattern, String staticPart, boolean dynamic) {
    }

    private AppPages() {
    }

    /**
     * The routes of a pages folder, in file name order.
     *
     * @param folder the {@code pages/} folder
     * @return the routes
     * @throws IOException if the folder cannot be walked
     */
    public static List<Route> routes(Path folder) throws IOException {
        return routes(folder, "", EXTENSIONS, PAGE_SUFFIX);
    }

    /**
     * The routes of a Nitro server routes folder ({@code server/routes}, or {@code server/api}
     * with the prefix {@code /api}), in file name order.
     *
     * @param folder the folder
     * @param prefix the routes' prefix, such as {@code /api}, or {@code ""}
     * @return the routes
     * @throws IOException if the folder cannot be walked
     */
    public static List<Route> serverRoutes(Path folder, String prefix) throws IOException {
        return routes(folder, prefix, SERVER_EXTENSIONS, METHOD_SUFFIX);
    }

    private static List<Route> routes(Path folder, String prefix, Set<String> extensions, Pattern suffix) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        Set<Route> out = new LinkedHashSet<>();
        for (String file : files) {
            int dot = file.lastIndexOf('.');
            if (dot < 0 || !extensions.contains(file.substring(dot + 1))) {
                continue;
            }
            String name = suffix.matcher(file.substring(0, dot)).replaceAll("");
            List<List<String>> variants = new ArrayList<>();
            variants.add(new ArrayList<>());
            if (!prefix.isEmpty()) {
                variants.get(0).add(prefix.substring(1));
            }
            String staticPart = null;
            String[] segments = name.split("/");
            for (int i = 0; i < segments.length; i++) {
                String seg = segments[i];
                boolean last = i == segments.length - 1;
                if (last && seg.equals("index") || seg.startsWith("(") && seg.endsWith(")")) {
                    continue;
                }
                Matcher m = PARAM.matcher(seg);
                if (!m.find()) {
                    variants.forEach(v -> v.add(seg));
                    continue;
                }
                if (staticPart == null) {
                    staticPart = "/" + String.join("/", variants.get(0));
                }
                boolean whole = m.start() == 0 && m.end() == seg.length();
                boolean optional = whole && seg.startsWith("[[");
                boolean catchAll = whole && m.group(1) != null;
                String glob = catchAll ? "**" : PARAM.matcher(seg).replaceAll("*");
                List<List<String>> next = new ArrayList<>();
                for (List<String> v : variants) {
                    List<String> with = new ArrayList<>(v);
                    with.add(glob);
                    next.add(with);
                    if (optional || catchAll) {
                        next.add(new ArrayList<>(v));
                    }
                }
                variants = next;
            }
            for (List<String> v : variants) {
                String pattern = "/" + String.join("/", v);
                out.add(new Route(pattern, staticPart == null ? pattern : staticPart, staticPart != null));
            }
        }
        return List.copyOf(out);
    }
}
