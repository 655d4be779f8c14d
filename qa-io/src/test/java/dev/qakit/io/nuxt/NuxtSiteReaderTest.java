package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NuxtSiteReaderTest {
    private static final NuxtSiteReader SITE = NuxtSiteReader.builder()
            .payloadReader(NuxtPayloadReader.builder().reviver("SemVer", v -> v).build()).build();

    private static final List<String> ROUTES = List.of("/", "/django/orm/relationships", "/django/views/class-based-views",
            "/errors/gone", "/errors/not-found", "/extras/errors", "/extras/reactivity", "/extras/types",
            "/fastapi/fundamentals/async-basics", "/fastapi/fundamentals/openapi-docs", "/fastapi/fundamentals/path-operations",
            "/fastapi/fundamentals/request-lifecycle", "/fastapi/fundamentals/type-hints", "/go/concurrency",
            "/go/concurrency/channels", "/nuxt/data-fetching/use-async-data", "/react/hooks/use-state",
            "/react/rendering/reconciliation", "/search", "/spring-boot/core/auto-configuration",
            "/spring-boot/data/jpa-transactions");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"extracted", "inline", "client"})
    void readsEveryRouteWithoutProblems(String variant) throws IOException {
        List<NuxtRoute> routes;
        try (Stream<NuxtRoute> s = SITE.routes(Corpus.variant(variant))) {
            routes = s.collect(Collectors.toList());
        }
        assertThat(routes).extracting(NuxtRoute::route).containsExactlyElementsOf(ROUTES);
        assertThat(routes).flatExtracting(r -> r.result().problems()).isEmpty();
        assertThat(routes).flatExtracting(r -> r.payload().orElseThrow().pages()).hasSize(14);
        NuxtRoute go = routes.get(ROUTES.indexOf("/go/concurrency"));
        assertThat(go.html()).isEqualTo(Corpus.variant(variant).resolve("go/concurrency/index.html"));
        assertThat(go.payloadFile() == null).isEqualTo(variant.equals("inline"));
    }

    @Test
    void aParallelStreamReadsTheSame() throws IOException {
        try (Stream<NuxtRoute> s = SITE.routes(Corpus.variant("extracted")).parallel()) {
            assertThat(s.map(NuxtRoute::route).collect(Collectors.toList())).containsExactlyElementsOf(ROUTES);
        }
    }

    @Test
    void contentTwo() throws IOException {
        try (Stream<NuxtRoute> s = SITE.routes(Corpus.variant("content-v2"))) {
            List<NuxtRoute> routes = s.collect(Collectors.toList());
            assertThat(routes).extracting(NuxtRoute::route).contains("/", "/go/concurrency", "/rust/ownership/borrowing");
            assertThat(routes).flatExtracting(r -> r.result().problems()).isEmpty();
        }
    }

    @Test
    void javaScriptPayloadsAreReportedPerRoute() throws IOException {
        try (Stream<NuxtRoute> s = SITE.routes(Corpus.variant("jspayload"))) {
            List<NuxtRoute> routes = s.collect(Collectors.toList());
            assertThat(routes).hasSize(ROUTES.size());
            assertThat(routes).allSatisfy(r -> assertThat(r.result().problems()).extracting(Problem::ruleId)
                    .containsExactly("nuxt.javascript-payload"));
        }
    }

    @Test
    void skipsAssetsAndFindsPayloadOnlyRoutes() throws IOException {
        Path site = tmp.resolve("public");
        Files.createDirectories(site.resolve("_nuxt"));
        Files.writeString(site.resolve("_nuxt/_payload.json"), "[{}]");
        Files.createDirectories(site.resolve("api/_content/query"));
        Files.writeString(site.resolve("api/_content/query/_payload.json"), "[{}]");
        Files.createDirectories(site.resolve("__nuxt_island"));
        Files.writeString(site.resolve("__nuxt_island/_payload.json"), "[{}]");
        Files.createDirectories(site.resolve("only/data"));
        Files.writeString(site.resolve("only/data/_payload.json"), "[{\"data\":1},{}]");
        Files.writeString(site.resolve("200.html"), "<html></html>");
        List<String> routes = new ArrayList<>();
        try (Stream<NuxtRoute> s = SITE.routes(site)) {
            s.forEach(r -> routes.add(r.route()));
        }
        assertThat(routes).containsExactly("/only/data");
    }
}
