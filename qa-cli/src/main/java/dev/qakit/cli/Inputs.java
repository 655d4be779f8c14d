package dev.qakit.cli;

import dev.qakit.io.ReadResult;
import dev.qakit.io.markdown.ContentFile;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.io.nuxt.NuxtRoute;
import dev.qakit.io.nuxt.NuxtSiteReader;
import dev.qakit.io.nuxt.UnknownTags;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.ValidationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads any INPUT of the commands — a Markdown file, a content folder, a payload, a prerendered
 * HTML page, a generated site — into units: one per Markdown file or site route, each with its
 * question pages and its problems (file names relative to the current folder).
 */
final class Inputs {

    /**
     * What one file or route held.
     *
     * @param route the route, or the file when no route is known
     * @param pages the question pages read (with siblings when the input is a whole tree)
     * @param problems the problems found
     * @param payload the Nuxt payload, for Nuxt inputs
     */
    record Unit(String route, List<PageData> pages, List<Problem> problems, Optional<NuxtPayload> payload) {
    }

    private final CommonOptions common;
    private final Path cwd = Path.of("").toAbsolutePath();

    Inputs(CommonOptions common) {
        this.common = common;
    }

    /** The payload reader the commands use: unknown tags are kept and reported as warnings. */
    static NuxtPayloadReader payloadReader() {
        return NuxtPayloadReader.builder().unknownTags(UnknownTags.WARN).build();
    }

    /**
     * The Markdown reader for a content root: the collection comes from {@code --collection},
     * else from the root's {@code qa.yaml}, else it is Nuxt Content's default {@code content}.
     * Problems in the configuration file itself are {@code qa validate}'s to report.
     */
    MarkdownReader markdownReader(Path root) throws IOException {
        String collection = common.collection;
        if (collection == null) {
            Optional<Path> config = ValidationConfig.find(root);
            if (config.isPresent()) {
                collection = ValidationConfig.read(config.get(), display(config.get())).value()
                        .flatMap(ValidationConfig::collection).orElse(null);
            }
        }
        return collection == null ? MarkdownReader.standard() : MarkdownReader.builder().collection(collection).build();
    }

    /**
     * Reads an input and hands each unit to {@code sink}, in input order.
     *
     * @param input the input
     * @param sink receives each unit
     * @return the kind of input detected
     * @throws IOException if reading fails
     * @throws UsageException if the input is of no known kind
     */
    InputKind forEach(Path input, Consumer<Unit> sink) throws IOException {
        InputKind kind = InputKind.detect(input);
        switch (kind) {
            case PAYLOAD, HTML_PAGE -> {
                ReadResult<NuxtPayload> r = payloadReader().read(input);
                sink.accept(nuxtUnit(r, r.value().flatMap(NuxtPayload::path).orElse(display(input))));
            }
            case SITE -> readSite(input, sink);
            case MARKDOWN_FILE -> {
                Path root = contentRoot(input);
                ReadResult<PageData> r = markdownReader(root).read(root, input);
                sink.accept(markdownUnit(r, root, display(input)));
            }
            case CONTENT_FOLDER -> {
                Path folder = input.toAbsolutePath().normalize();
                Path root = common.contentRoot != null ? common.contentRoot.toAbsolutePath().normalize()
                        : ContentFile.findRoot(folder.resolve("-"), cwd);
                // Siblings come from the whole content root, so the root is read even when INPUT is
                // a folder inside it; only the pages under INPUT are handed on.
                for (ReadResult<PageData> r : markdownReader(root).readTreeWithSiblings(root)) {
                    String file = r.sourceMap().locate("").source();
                    Path abs = root.resolve(file).normalize();
                    if (abs.startsWith(folder)) {
                        sink.accept(markdownUnit(r, root, display(abs)));
                    }
                }
            }
        }
        return kind;
    }

    private Path contentRoot(Path file) {
        return common.contentRoot != null ? common.contentRoot.toAbsolutePath().normalize() : ContentFile.findRoot(file, cwd);
    }

    private Unit markdownUnit(ReadResult<PageData> r, Path root, String display) {
        List<Problem> problems = r.problems().stream().map(p -> p.withLocation(relocate(p.location(), root))).toList();
        String route = r.value().map(d -> d.page().path()).filter(Objects::nonNull).orElse(display);
        return new Unit(route, r.value().map(List::of).orElse(List.of()), problems, Optional.empty());
    }

    private Unit nuxtUnit(ReadResult<NuxtPayload> r, String route) {
        return new Unit(route, r.value().map(NuxtPayload::pages).orElse(List.of()), r.problems(), r.value());
    }

    /** Markdown problems name files relative to the content root; the commands print them relative to the current folder. */
    private SourceLocation relocate(SourceLocation l, Path root) {
        if (l.source().startsWith("<")) {
            return l;
        }
        return new SourceLocation(display(root.resolve(l.source())), l.line(), l.column(), l.pointer());
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private void readSite(Path input, Consumer<Unit> sink) throws IOException {
        NuxtSiteReader site = NuxtSiteReader.builder().payloadReader(payloadReader()).build();
        Consumer<NuxtRoute> routes = route -> sink.accept(nuxtUnit(route.result(), route.route()));
        int jobs = common.jobs();
        try (Stream<NuxtRoute> stream = site.routes(input)) {
            if (jobs <= 1) {
                stream.forEachOrdered(routes);
                return;
            }
            ForkJoinPool pool = new ForkJoinPool(jobs);
            try {
                pool.submit(() -> stream.parallel().forEachOrdered(routes)).get();
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
                throw new IOException(c);
            } finally {
                pool.shutdown();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
