package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.nuxt.GeneratedFolders;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole generated Nuxt site ({@code .output/public}, {@code dist/}, in any payload
 * extraction mode) route by route.
 *
 * <pre>{@code
 * NuxtSiteReader site = NuxtSiteReader.builder().build();
 * try (Stream<NuxtRoute> routes = site.routes(Path.of(".output/public"))) {
 *     routes.forEach(r -> …);
 * }
 * }</pre>
 *
 * <p>A route is a directory holding an {@code index.html} and/or a {@code _payload.json}
 * ({@code _payload.js}); its route is the directory's path below the root ({@code /} for the
 * root itself). The page and the half its {@code data-src} names are merged (see
 * {@link NuxtPayloadReader}); a route with only a {@code _payload.json} is read from that file.
 * Not content, and skipped: {@code _nuxt/}, {@code __nuxt_island/}, {@code __nuxt_content/},
 * {@code api/_content/}, the SPA fallbacks {@code 200.html} and {@code 404.html}, and every
 * page rendered without SSR ({@code data-ssr="false"}). When the two halves of a route disagree
 * about {@code path}, or their {@code prerenderedAt} are more than a minute apart (they are
 * rendered by separate requests, so a few milliseconds are normal), the route's result carries a
 * {@value NuxtPayloadReader#SPLIT_MISMATCH} error.
 *
 * <p>The stream is lazy: directories are listed one at a time, in name order, and each route is
 * read when the stream reaches it, so memory does not grow with the size of the site. It may be
 * made {@link Stream#parallel() parallel}: reading happens in the stream's own stages. The
 * stream must be closed (try-with-resources). Immutable and thread-safe.
 */
public final class NuxtSiteReader {
    private final NuxtPayloadReader payloadReader;

    private NuxtSiteReader(Builder b) {
        this.payloadReader = b.payloadReader;
    }

    /**
     * A builder with the defaults (a default {@link NuxtPayloadReader}).
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
        return new Builder().payloadReader(payloadReader);
    }

    /**
     * Streams the routes of a site. Must be closed.
     *
     * @param siteRoot the generated output directory
     * @return the routes in path order, each read when reached; I/O failures while walking
     *     surface as {@link UncheckedIOException}
     * @throws IOException if {@code siteRoot} is not a readable directory
     */
    public Stream<NuxtRoute> routes(Path siteRoot) throws IOException {
        return routes(siteRoot, siteRoot);
    }

    /**
     * Streams the routes of a site that lie in one of its folders: {@code /fastapi} and the
     * routes below it for {@code under = siteRoot/fastapi}. Routes are named and split payloads
     * resolved from {@code siteRoot}. Must be closed.
     *
     * @param siteRoot the generated output directory
     * @param under a folder inside it (or the root itself)
     * @return the routes in path order, each read when reached; I/O failures while walking
     *     surface as {@link UncheckedIOException}
     * @throws IOException if either is not a readable directory
     * @throws IllegalArgumentException if {@code under} is not inside {@code siteRoot}
     */
    public Stream<NuxtRoute> routes(Path siteRoot, Path under) throws IOException {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Objects.requireNonNull(under, "under");
        if (!Files.isDirectory(siteRoot)) {
            throw new java.nio.file.NotDirectoryException(siteRoot.toString());
        }
        if (!Files.isDirectory(under)) {
            throw new java.nio.file.NotDirectoryException(under.toString());
        }
        if (!under.toAbsolutePath().normalize().startsWith(siteRoot.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(under + " is not inside the site " + siteRoot);
        }
        Path start = siteRoot.resolve(siteRoot.toAbsolutePath().normalize().relativize(under.toAbsolutePath().normalize()));
        Iterator<RouteFiles> files = new RouteWalker(siteRoot, start);
        Spliterator<RouteFiles> split = Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false)
                .map(f -> read(siteRoot, f))
                .filter(Objects::nonNull)
                .map(Objects::requireNonNull);
    }

    private @Nullable NuxtRoute read(Path root, RouteFiles f) {
        try {
            if (f.html() != null) {
                ReadResult<NuxtPayload> r = payloadReader.readHtml(f.html(), root);
                if (isSpaRender(r)) {
                    return null;
                }
                return new NuxtRoute(f.route(), f.html(), f.payload(), r);
            }
            Path p = Objects.requireNonNull(f.payload());
            return new NuxtRoute(f.route(), null, p, payloadReader.read(p));
        } catch (IOException e) {
            Path file = f.html() != null ? f.html() : Objects.requireNonNull(f.payload());
            String source = NuxtPayloadReader.sourceName(file);
            return new NuxtRoute(f.route(), f.html(), f.payload(), ReadResult.failed(List.of(Problem.error("nuxt.io",
                    "cannot read the file: " + e, SourceLocation.of(source))), SourceMap.of(source)));
        }
    }

    private static boolean isSpaRender(ReadResult<NuxtPayload> r) {
        return r.value().map(p -> p.serverRendered().map(b -> !b).orElse(false) && p.data().isEmpty()).orElse(false);
    }

    /** The files of one route. */
    private record RouteFiles(String route, @Nullable Path html, @Nullable Path payload) {
    }

    /** Depth-first, name-ordered walk that lists one directory at a time. */
    private static final class RouteWalker implements Iterator<RouteFiles> {
        private final Path root;
        private final Deque<Path> pending = new ArrayDeque<>();
        private @Nullable RouteFiles next;

        RouteWalker(Path root, Path start) {
            this.root = root;
            pending.push(start);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !pending.isEmpty()) {
                Path dir = pending.pop();
                List<Path> children = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    for (Path c : ds) {
                        children.add(c);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                children.sort(null);
                for (int i = children.size() - 1; i >= 0; i--) {
                    Path c = children.get(i);
                    if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) && !skipped(c)) {
                        pending.push(c);
                    }
                }
                Path html = dir.resolve("index.html");
                Path json = dir.resolve("_payload.json");
                Path js = dir.resolve("_payload.js");
                Path payload = Files.isRegularFile(json) ? json : Files.isRegularFile(js) ? js : null;
                boolean hasHtml = Files.isRegularFile(html);
                if (hasHtml || payload != null) {
                    next = new RouteFiles(route(dir), hasHtml ? html : null, payload);
                }
            }
            return next != null;
        }

        @Override
        public RouteFiles next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RouteFiles r = Objects.requireNonNull(next);
            next = null;
            return r;
        }

        private boolean skipped(Path dir) {
            String name = String.valueOf(dir.getFileName());
            if (GeneratedFolders.contains(name)) {
                return true;
            }
            Path rel = root.relativize(dir);
            return rel.getNameCount() == 2 && rel.getName(0).toString().equals("api") && rel.getName(1).toString().equals("_content");
        }

        private String route(Path dir) {
            Path rel = root.relativize(dir);
            StringBuilder sb = new StringBuilder();
            for (Path part : rel) {
                if (!part.toString().isEmpty()) {
                    sb.append('/').append(part);
                }
            }
            return sb.length() == 0 ? "/" : sb.toString();
        }
    }

    /**
     * Builds {@link NuxtSiteReader}s. Not thread-safe.
     */
    public static final class Builder {
        private NuxtPayloadReader payloadReader = NuxtPayloadReader.builder().build();

        private Builder() {
        }

        /**
         * The reader for each route's files (revivers, unknown-tag policy, limits). Defaults to
         * {@code NuxtPayloadReader.builder().build()}.
         *
         * @param reader the payload reader
         * @return this builder
         */
        public Builder payloadReader(NuxtPayloadReader reader) {
            this.payloadReader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * The reader.
         *
         * @return a new immutable reader
         */
        public NuxtSiteReader build() {
            return new NuxtSiteReader(this);
        }
    }
}
