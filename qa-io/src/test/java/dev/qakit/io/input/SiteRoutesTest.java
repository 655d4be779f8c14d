package dev.qakit.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site facts of {@code qa.yaml} ({@code site.prefixes}, {@code site.routes}, {@code site.pages}) and the routes they give. */
class SiteRoutesTest {

    @Test
    void readsPrefixesRoutesAndPages() {
        ReadResult<QaConfig> r = QaConfig.read(String.join("\n",
                "site:",
                "  prefixes: {docs: /docs/4.x, 'examples/': /docs/4.x/4.examples, landing: /}",
                "  routes: [/modules, '/blog/*', '/api/**']",
                "  pages: [app/pages]",
                ""), "qa.yaml");
        assertThat(r.problems()).isEmpty();
        QaConfig c = r.value().orElseThrow();
        assertThat(c.prefixes()).containsExactly(Map.entry("docs", "/docs/4.x"), Map.entry("examples", "/docs/4.x/4.examples"),
                Map.entry("landing", "/"));
        assertThat(c.routes()).containsExactly("/modules", "/blog/*", "/api/**");
        assertThat(c.pages()).containsExactly("app/pages");
        assertThat(c.collectionPathOf("docs/1.intro/2.setup.md")).isEqualTo("docs/4.x/1.intro/2.setup.md");
        assertThat(c.collectionPathOf("examples/hello.md")).isEqualTo("docs/4.x/4.examples/hello.md");
        assertThat(c.collectionPathOf("landing/index.md")).isEqualTo("index.md");
        assertThat(c.collectionPathOf("docsy/a.md")).isEqualTo("docsy/a.md");
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void badSiteEntriesAreLocatedProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qa.yaml");
        Files.writeString(file, String.join("\n",
                "site:",
                "  prefixes: {docs: docs/4.x, ../up: /x, ok: [1]}",
                "  routes: [modules, '/a b', 5]",
                "  pages: [app/pages]",
                "  sitemap: true",
                ""));
        ReadResult<QaConfig> r = QaConfig.read(file, "qa.yaml");
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "qa.yaml:2:20: error: not a route prefix: 'docs/4.x'; expected a route such as '/docs/4.x' [config.bad-value]",
                "qa.yaml:2:37: error: not a folder of the content root: '../up'; expected a relative path such as 'docs' [config.bad-value]",
                "qa.yaml:2:45: error: the prefix of 'ok' must be a route such as '/docs/4.x', found a list [config.bad-value]",
                "qa.yaml:3:12: error: not a route: 'modules'; expected a route such as '/modules' or a glob such as '/blog/*' or"
                        + " '/docs/**' [config.bad-value]",
                "qa.yaml:3:21: error: not a route: '/a b'; expected a route such as '/modules' or a glob such as '/blog/*' or"
                        + " '/docs/**' [config.bad-value]",
                "qa.yaml:3:29: error: 'site.routes' must be a list of strings, found '5' [config.bad-value]",
                "qa.yaml:4:11: error: 'site.pages' names 'app/pages', which is not a folder beside this file; expected the Nuxt"
                        + " app's pages folder, such as 'app/pages' [config.bad-value]",
                "qa.yaml:5:3: error: unknown key 'site.sitemap'; expected one of [prefixes, routes, pages] [config.unknown-key]");
    }

    @Test
    void pageFileNamesGiveRoutesAsNuxtsRouterReadsThem(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("nuxt.config.ts"), "export default defineNuxtConfig({})\n");
        Path content = Files.createDirectories(project.resolve("content"));
        Files.createDirectories(content.resolve("blog"));
        Path pages = project.resolve("app").resolve("pages");
        for (String f : List.of("index.vue", "team.vue", "blog/[slug].vue", "modules/index.vue", "modules/[slug].vue",
                "(marketing)/pricing.vue", "docs/[...slug].vue", "shop/[[category]]/items.vue", "users/[id]/posts.client.vue",
                "v[version].vue", "README.md")) {
            Path p = pages.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "<template />\n");
        }
        SiteRoutes all = SiteRoutes.of(QaConfig.defaults(), null, content);
        assertThat(all.patterns()).containsExactly("/pricing", "/blog/*", "/docs/**", "/docs", "/", "/modules/*", "/modules",
                "/shop/*/items", "/shop/items", "/team", "/users/*/posts", "/v*");
        SiteRoutes routes = all.forContent(List.of("/blog/hello", "/guide"));
        assertThat(routes.patterns()).doesNotContain("/blog/*");
        assertThat(routes.serves("/modules/pinia")).isTrue();
        assertThat(routes.serves("/modules/pinia/")).isTrue();
        assertThat(routes.serves("/docs/a/b?x=1#y")).isTrue();
        assertThat(routes.serves("/shop/items")).isTrue();
        assertThat(routes.serves("/shop/shoes/items")).isTrue();
        assertThat(all.serves("/v2")).isTrue();
        // a dynamic page at the root of a site with content is taken to render that content
        assertThat(routes.serves("/v2")).isFalse();
        assertThat(routes.serves("/blog/nope")).isFalse();
        assertThat(routes.serves("/modules/a/b")).isFalse();
        assertThat(routes.serves("/readme")).isFalse();
        // a catch-all at the root is where Nuxt Content renders its pages: it adds no route
        Files.writeString(pages.resolve("[...slug].vue"), "<template />\n");
        assertThat(SiteRoutes.of(QaConfig.defaults(), null, content).forContent(List.of("/guide")).serves("/anything")).isFalse();
    }

    @Test
    void theNuxtConfigsRedirectsProxiesAndPrerenderedRoutesAreServed(@TempDir Path project) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("nuxt.config.ts"), """
                export default defineNuxtConfig({
                  routeRules: {
                    '/old': { redirect: '/new' },
                    '/old-docs/**': { redirect: '/docs/**' },
                    '/api/**': { proxy: 'https://api.example.com/**' },
                    '/feed.xml': { prerender: true },
                    '/blog/**': { swr: 60 },
                    ...legacyRedirects,
                  },
                  nitro: { prerender: { routes: ['/sitemap.xml'] } },
                })
                """);
        for (String f : List.of("public/logo.png", "public/docs/guide.pdf", "public/.well-known/security.txt",
                "server/routes/rss.xml.ts", "server/routes/raw/[...slug].md.get.ts", "server/api/search.get.ts",
                "server/api/users/[id].ts", "server/api/index.ts", "server/middleware/log.ts", "server/api/README.md")) {
            Path p = project.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x\n");
        }
        SiteRoutes r = SiteRoutes.of(QaConfig.builder().route("/app").build(), null, content, p -> "site/" + p.getFileName());
        assertThat(r.patterns()).containsExactly("/app", "/raw/*.md", "/rss.xml", "/api", "/api/search", "/api/users/*",
                "/.well-known/security.txt", "/docs/guide.pdf", "/logo.png",
                "/old", "/old-docs/**", "/api/**", "/feed.xml", "/sitemap.xml");
        assertThat(r.serves("/logo.png")).isTrue();
        assertThat(r.serves("/docs/guide.pdf")).isTrue();
        assertThat(r.serves("/rss.xml")).isTrue();
        assertThat(r.serves("/api/users/7")).isTrue();
        assertThat(r.serves("/nope.png")).isFalse();
        assertThat(r.serves("/old")).isTrue();
        assertThat(r.serves("/old-docs/guide/intro")).isTrue();
        assertThat(r.serves("/api/users/1")).isTrue();
        assertThat(r.serves("/feed.xml")).isTrue();
        // caching rules say nothing of which routes exist
        assertThat(r.serves("/blog/post")).isFalse();
        assertThat(r.problems()).extracting(Problem::format).containsExactly("site/nuxt.config.ts:8:5: info: the routes this spread"
                + " makes are not known to qa, which reads this file without running it; a link to one of them is reported as naming"
                + " no page: list them in qa.yaml (site.routes) [input.nuxt-config-unread]");
        // a folder without nuxt.config is no Nuxt project: nothing read
        Files.delete(project.resolve("nuxt.config.ts"));
        assertThat(SiteRoutes.of(QaConfig.defaults(), null, content).patterns()).isEmpty();
    }

    @Test
    void configuredRoutesAndGlobs() {
        SiteRoutes r = SiteRoutes.of(List.of("/modules", "/blog/*", "/docs/3.x/**"));
        assertThat(r.serves("/modules")).isTrue();
        assertThat(r.serves("/modules/x")).isFalse();
        assertThat(r.serves("/blog/post")).isTrue();
        assertThat(r.serves("/blog/a/b")).isFalse();
        assertThat(r.serves("/docs/3.x/a/b/c")).isTrue();
        assertThat(SiteRoutes.none().serves("/")).isFalse();
    }
}
