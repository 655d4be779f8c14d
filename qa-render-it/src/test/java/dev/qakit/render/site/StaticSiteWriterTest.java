package dev.qakit.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.model.PageData;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.html.HtmlLayout;
import dev.qakit.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteWriterTest {

    @Test
    void writesOnePagePerQuestionPageAnIndexAndAStylesheet(@TempDir Path dir) throws IOException {
        List<PageData> corpus = CorpusPages.corpus();
        assertThat(corpus).hasSize(14);
        SiteSummary summary = StaticSiteWriter.builder().build().write(corpus.stream(), dir);
        assertThat(summary.pages()).isEqualTo(14);
        assertThat(summary.index()).isEqualTo(dir.resolve("index.html"));
        assertThat(dir.resolve("style.css")).hasContent(HtmlRenderer.defaultStylesheet());
        assertThat(dir.resolve("fastapi/fundamentals/async-basics.html")).exists();
        assertThat(dir.resolve("go/concurrency.html")).exists();
        assertThat(dir.resolve("spring-boot/data/jpa-transactions.html")).exists();
        // Siblings held back from the corpus get placeholders, so no link is broken.
        assertThat(summary.placeholders()).isPositive();
    }

    @Test
    void indexGroupsPagesByFrameworkAndTopicAndLinksEveryPage(@TempDir Path dir) throws IOException {
        StaticSiteWriter.builder().title("Corpus").build().write(CorpusPages.corpus(), dir);
        Document index = Jsoup.parse(dir.resolve("index.html").toFile());
        assertThat(index.select("h1").text()).isEqualTo("Corpus");
        assertThat(index.select(".index-group > h2").eachText())
                .containsExactly("Django", "FastAPI", "Go", "Nuxt", "React", "Spring Boot");
        Element fastapi = index.select(".index-group").get(1);
        assertThat(fastapi.select("h3").eachText()).containsExactly("Fundamentals");
        assertThat(fastapi.select("a").eachText()).containsExactly("Async Basics", "Request Lifecycle", "Path Operations",
                "Type Hints & FastAPI", "OpenAPI & Docs");
        assertThat(index.select("a").eachAttr("href")).hasSize(14).contains("fastapi/fundamentals/async-basics.html");
    }

    @Test
    void everyRelativeLinkOfEverySiteFileResolves(@TempDir Path dir) throws IOException {
        StaticSiteWriter.builder().build().write(CorpusPages.corpus(), dir);
        Set<String> broken = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile());
                for (Element link : doc.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("#") || href.contains(":")) {
                        continue;
                    }
                    assertThat(href).doesNotStartWith("/");
                    checked++;
                    Path target = file.getParent().resolve(href.replaceAll("#.*", "")).normalize();
                    if (!Files.isRegularFile(target) || !target.startsWith(dir)) {
                        broken.add(dir.relativize(file) + " -> " + href);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(92);
        assertThat(broken).isEmpty();
    }

    @Test
    void pagesMarkTheCurrentSiblingAndLinkTheIndex(@TempDir Path dir) throws IOException {
        StaticSiteWriter.builder().build().write(CorpusPages.corpus(), dir);
        Document page = Jsoup.parse(dir.resolve("fastapi/fundamentals/type-hints.html").toFile());
        assertThat(page.select("nav.siblings [aria-current=page]").text()).isEqualTo("Type Hints & FastAPI");
        assertThat(page.select("nav.siblings a").eachAttr("href")).contains("async-basics.html", "type-hints.html");
        assertThat(page.select(".site-header a").attr("href")).isEqualTo("../../index.html");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../style.css");
    }

    @Test
    void fileForMapsRoutesToSafeRelativeFiles() {
        assertThat(StaticSiteWriter.fileFor("/fastapi/fundamentals/async-basics")).isEqualTo("fastapi/fundamentals/async-basics.html");
        assertThat(StaticSiteWriter.fileFor("/")).isEqualTo("home.html");
        assertThat(StaticSiteWriter.fileFor("/index")).isEqualTo("index-page.html");
        assertThat(StaticSiteWriter.fileFor("/../../etc/passwd")).isEqualTo("_/_/etc/passwd.html");
        assertThat(StaticSiteWriter.fileFor("/a b/c?d")).isEqualTo("a-b/c-d.html");
    }

    @Test
    void relativeLinksClimbToTheCommonDirectory() {
        assertThat(StaticSiteWriter.relative("a/b/c.html", "a/b/d.html")).isEqualTo("d.html");
        assertThat(StaticSiteWriter.relative("a/b/c.html", "style.css")).isEqualTo("../../style.css");
        assertThat(StaticSiteWriter.relative("index.html", "a/b.html")).isEqualTo("a/b.html");
        assertThat(StaticSiteWriter.relative("a/x.html", "b/y.html")).isEqualTo("../b/y.html");
    }

    @Test
    void duplicateRoutesKeepTheFirstFileName(@TempDir Path dir) throws IOException {
        PageData seed = CorpusPages.seed();
        StaticSiteWriter.builder().build().write(List.of(seed, seed), dir);
        assertThat(dir.resolve("fastapi/fundamentals/async-basics.html")).exists();
        assertThat(dir.resolve("fastapi/fundamentals/async-basics-2.html")).exists();
    }

    @Test
    void builderRejectsFragmentsAndBlankTitles() {
        HtmlRenderer fragment = HtmlRenderer.builder().layout(HtmlLayout.FRAGMENT).build();
        assertThatThrownBy(() -> StaticSiteWriter.builder().html(fragment)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a site needs whole documents, got a renderer with layout FRAGMENT");
        assertThatThrownBy(() -> StaticSiteWriter.builder().title(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        StaticSiteWriter w = StaticSiteWriter.builder().title("T").build();
        assertThat(w.toBuilder().build()).isNotSameAs(w);
    }

    static Set<String> hrefs(Document doc) {
        return doc.select("a[href]").stream().map(e -> e.attr("href")).collect(Collectors.toCollection(TreeSet::new));
    }
}
