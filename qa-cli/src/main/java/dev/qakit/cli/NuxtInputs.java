package dev.qakit.cli;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.io.nuxt.NuxtRoute;
import dev.qakit.io.nuxt.NuxtSiteReader;
import dev.qakit.io.nuxt.UnknownTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads Nuxt inputs (payload, HTML page, site) for the commands, route by route. */
final class NuxtInputs {
    private NuxtInputs() {
    }

    /** The reader the commands use: unknown tags are kept and reported as warnings. */
    static NuxtPayloadReader payloadReader() {
        return NuxtPayloadReader.builder().unknownTags(UnknownTags.WARN).build();
    }

    /**
     * Reads an input and hands each route to {@code sink}, in route order.
     *
     * @param input the input
     * @param kind its kind
     * @param jobs worker threads for a site
     * @param sink receives each route
     * @throws IOException if reading fails
     * @throws UsageException for Markdown inputs, which these commands do not read yet
     */
    static void forEachRoute(Path input, InputKind kind, int jobs, Consumer<NuxtRoute> sink) throws IOException {
        NuxtPayloadReader reader = payloadReader();
        switch (kind) {
            case PAYLOAD, HTML_PAGE -> {
                ReadResult<NuxtPayload> r = reader.read(input);
                String route = r.value().flatMap(NuxtPayload::path).orElse("/");
                sink.accept(kind == InputKind.HTML_PAGE ? new NuxtRoute(route, input, null, r) : new NuxtRoute(route, null, input, r));
            }
            case SITE -> {
                NuxtSiteReader site = NuxtSiteReader.builder().payloadReader(reader).build();
                try (Stream<NuxtRoute> routes = site.routes(input)) {
                    if (jobs <= 1) {
                        routes.forEachOrdered(sink);
                    } else {
                        ForkJoinPool pool = new ForkJoinPool(jobs);
                        try {
                            pool.submit(() -> routes.parallel().forEachOrdered(sink)).get();
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
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            case MARKDOWN_FILE, CONTENT_FOLDER -> throw new UsageException("'" + input + "' is " + kind.description()
                    + "; this command reads Nuxt output for now: expected " + InputKind.NUXT_INPUTS);
        }
    }
}
