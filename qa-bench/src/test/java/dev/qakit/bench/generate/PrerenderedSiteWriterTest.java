package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.input.InputKind;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.io.nuxt.NuxtRoute;
import dev.qakit.io.nuxt.NuxtSiteReader;
import dev.qakit.model.PageData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrerenderedSiteWriterTest {
    @Test
    void everyRouteReadsAsOneQuestionPageWithItsTopicAsSiblings(@TempDir Path dir) throws IOException {
        long questions = PrerenderedSiteWriter.write(new SiteGenerator(3), 45, dir);
        List<NuxtRoute> routes;
        try (Stream<NuxtRoute> s = NuxtSiteReader.builder().build().routes(dir)) {
            routes = s.toList();
        }
        assertThat(routes).hasSize(45);
        assertThat(routes).allSatisfy(r -> {
            assertThat(r.result().problems()).isEmpty();
            assertThat(r.html()).isNotNull();
            assertThat(r.payloadFile()).isNotNull();
        });
        List<PageData> pages = routes.stream().flatMap(r -> r.payload().orElseThrow().pages().stream()).toList();
        assertThat(pages).hasSize(45);
        assertThat(pages.stream().mapToLong(p -> p.page().questions().size()).sum()).isEqualTo(questions);
        PageData first = pages.get(0);
        assertThat(first.siblings()).hasSize(20);
        assertThat(routes.get(0).route()).isEqualTo(first.page().path());
    }

    @Test
    void theFrontDoorTakesItForAGeneratedSite(@TempDir Path dir) throws IOException {
        PrerenderedSiteWriter.write(new SiteGenerator(3), 3, dir);
        assertThat(dir.resolve("_nuxt")).isDirectory();
        assertThat(dir.resolve("200.html")).content().contains("data-ssr=\"false\"");
        assertThat(dir.resolve("404.html")).isRegularFile();
        InputPlan plan = InputReader.builder().build().plan(List.of(dir));
        assertThat(plan.inputs()).singleElement().extracting(i -> i.kind()).isEqualTo(InputKind.SITE);
        try (Stream<Unit> units = plan.units()) {
            assertThat(units.toList()).hasSize(3).allSatisfy(u -> {
                assertThat(u.kind()).isEqualTo(InputKind.HTML_PAGE);
                assertThat(u.allProblems()).isEmpty();
                assertThat(u.pageData()).hasSize(1);
            });
        }
    }

    @Test
    void thePageIsShapedLikeTheCorpusAndEscapesItsText() {
        SyntheticPage page = new SiteGenerator(3).hugePage(2_000);
        String html = PrerenderedSiteWriter.html(page, List.of(page));
        assertThat(html).startsWith("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .contains("<section id=\"" + page.questions().get(0).id() + "\"><h2>")
                .contains("<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\""
                        + " data-src=\"" + page.path() + "/_payload.json?_b=" + PrerenderedSiteWriter.BUILD_ID + "\">")
                .endsWith("]</script></body></html>");
        assertThat(PrerenderedSiteWriter.escape("a <b> & \"c\" 'd'")).isEqualTo("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;");
    }

    @Test
    void generateWritesASiteAndItsQuestionCount(@TempDir Path out) throws IOException {
        Generate.main(new String[] {out.toString(), "--seed", "5", "--trees", "", "--sites", "30"});
        try (Stream<Path> files = Files.walk(out.resolve("site-30/public"))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("index.html")).count()).isEqualTo(30);
        }
        assertThat(Long.parseLong(Files.readString(out.resolve("site-30/questions.txt")).strip())).isBetween(90L, 240L);
    }
}
