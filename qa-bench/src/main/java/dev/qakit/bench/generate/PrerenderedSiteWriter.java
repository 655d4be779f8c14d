package dev.qakit.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a generated Nuxt 4 site as {@code nuxt generate} writes it with payload extraction on
 * (the corpus's {@code generated/extracted}): one folder per route holding a prerendered
 * {@code index.html}, whose {@code __NUXT_DATA__} script holds the app state and names the
 * route's {@code _payload.json} in {@code data-src}, and that {@code _payload.json} with the
 * page's data (devalue, {@code data} reduced to {@code ShallowReactive}).
 *
 * <p>Beside the routes, as in a real site: the SPA fallbacks {@code 200.html} and
 * {@code 404.html} (rendered without SSR, no content) and the build folder {@code _nuxt/} with
 * the entry module.
 *
 * <p>The HTML is shaped like the corpus's pages: the head's import map, preload and module
 * links and description; the page layout with each question as a {@code <section>} holding
 * its text and its answer as escaped text; the sibling navigation; the runtime config script;
 * the payload script last. Nothing in it is read but the payload script, as for a real site.
 */
final class PrerenderedSiteWriter {
    /** A fixed build id, so that the site is a pure function of the seed. */
    static final String BUILD_ID = "5b0e9c1d-2f43-4c8a-9d71-0a6e3b8f2c44";
    private static final List<String> MODULES = List.of(
            "Bfyt7uAF", "CW2Okj6q", "SE6PwWud", "CRYw9FGh", "E3oQOSTG", "BkkgPdC2", "DSJ9I3OW", "BJ3mxrqT",
            "bhIkZaEG", "Dm9SeuSo", "B94UM72C", "j1CiWzLw", "DQ7aUtR5", "CF-uoa9N", "BWaJ3C7D", "_6Og3dNG");

    /** The runtime config script every page carries before its payload. */
    private static final String CONFIG_SCRIPT = "<script>window.__NUXT__={};window.__NUXT__.config={public:{content:{wsUrl:\"\"}},"
            + "app:{baseURL:\"/\",buildId:\"" + BUILD_ID + "\",buildAssetsDir:\"/_nuxt/\",cdnURL:\"\"}}</script>";

    private PrerenderedSiteWriter() {
    }

    /**
     * Writes a site of {@code pages} question pages (the pages of {@link SiteGenerator#tree},
     * without defects) under {@code dir}; each page's siblings are the pages of its topic.
     *
     * @return the number of questions written
     */
    static long write(SiteGenerator site, int pages, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_nuxt"));
        Files.writeString(dir.resolve("_nuxt").resolve(MODULES.get(0) + ".js"), "import\"./" + MODULES.get(1) + ".js\";\n",
                StandardCharsets.UTF_8);
        for (String fallback : List.of("200.html", "404.html")) {
            Files.writeString(dir.resolve(fallback), spaFallback(), StandardCharsets.UTF_8);
        }
        List<SyntheticPage> topic = new ArrayList<>();
        long[] questions = {0};
        try {
            site.tree(pages, 0, (page, body, defect) -> {
                if (!topic.isEmpty() && !sameTopic(topic.get(0), page)) {
                    questions[0] += writeTopic(topic, dir);
                    topic.clear();
                }
                topic.add(page);
            });
            questions[0] += writeTopic(topic, dir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return questions[0];
    }

    private static boolean sameTopic(SyntheticPage a, SyntheticPage b) {
        return a.frameworkSlug().equals(b.frameworkSlug()) && a.topicSlug().equals(b.topicSlug());
    }

    private static long writeTopic(List<SyntheticPage> topic, Path dir) {
        List<SyntheticPage> siblings = new ArrayList<>(topic);
        siblings.sort(Comparator.comparingInt(SyntheticPage::order));
        long questions = 0;
        for (SyntheticPage page : topic) {
            Path route = dir.resolve(page.stem());
            try {
                Files.createDirectories(route);
                Files.writeString(route.resolve("_payload.json"), Generate.nuxtPayload(PayloadGraph.of(page, siblings)),
                        StandardCharsets.UTF_8);
                Files.writeString(route.resolve("index.html"), html(page, siblings), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            questions += page.questions().size();
        }
        return questions;
    }

    /** An SPA fallback page: the app shell, rendered without SSR. */
    static String spaFallback() {
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<script type=\"importmap\">{\"imports\":{\"#entry\":\"/_nuxt/").append(MODULES.get(0))
                .append(".js\"}}</script>");
        for (String module : MODULES) {
            h.append("<link rel=\"modulepreload\" as=\"script\" crossorigin href=\"/_nuxt/").append(module).append(".js\">");
        }
        h.append("<script type=\"module\" src=\"/_nuxt/").append(MODULES.get(0)).append(".js\" crossorigin></script>")
                .append("</head><body><div id=\"__nuxt\"></div><div id=\"teleports\"></div>")
                .append(CONFIG_SCRIPT)
                .append("<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"false\" id=\"__NUXT_DATA__\">")
                .append("[{\"prerenderedAt\":1,\"serverRendered\":2},").append(PayloadGraph.PRERENDERED_AT - 20)
                .append(",false]</script></body></html>");
        return h.toString();
    }

    /** The prerendered page. */
    static String html(SyntheticPage page, List<SyntheticPage> siblings) {
        String path = page.path();
        String payloadUrl = path + "/_payload.json?_b=" + BUILD_ID;
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(page.title())).append("</title>")
                .append("<script type=\"importmap\">{\"imports\":{\"#entry\":\"/_nuxt/").append(MODULES.get(0))
                .append(".js\"}}</script>")
                .append("<link rel=\"preload\" as=\"fetch\" crossorigin=\"anonymous\" href=\"").append(escape(payloadUrl))
                .append("\">");
        for (String module : MODULES) {
            h.append("<link rel=\"modulepreload\" as=\"script\" crossorigin href=\"/_nuxt/").append(module).append(".js\">");
        }
        h.append("<script type=\"module\" src=\"/_nuxt/").append(MODULES.get(0)).append(".js\" crossorigin></script>")
                .append("<meta name=\"description\" content=\"").append(escape(page.seoDescription())).append("\">")
                .append("</head><body><div id=\"__nuxt\"><div class=\"layout\"><header><a href=\"/\" class=\"\">qa</a>")
                .append(" · <a href=\"/search\" class=\"\">search</a></header><!--[--><article><h1>")
                .append(escape(page.title())).append("</h1><!--[--><!--]--><!--[-->");
        for (SyntheticQuestion q : page.questions()) {
            h.append("<section id=\"").append(escape(q.id())).append("\"><h2>").append(escape(q.q()))
                    .append("</h2><pre class=\"answer\">").append(escape(q.a())).append("</pre></section>");
        }
        h.append("<!--]--><nav><!--[-->");
        for (SyntheticPage s : siblings) {
            h.append(s == page ? "<a aria-current=\"page\" href=\"" : "<a href=\"").append(escape(s.path()))
                    .append(s == page ? "\" class=\"router-link-active router-link-exact-active\">" : "\" class=\"\">")
                    .append(escape(s.subtopic())).append("</a>");
        }
        h.append("<!--]--></nav></article><!--]--></div></div><div id=\"teleports\"></div>")
                .append(CONFIG_SCRIPT)
                .append("<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\"")
                .append(" data-src=\"").append(escape(payloadUrl)).append("\">")
                .append("[{\"state\":1,\"once\":3,\"_errors\":4,\"serverRendered\":6,\"path\":7,\"pinia\":8,\"prerenderedAt\":10},")
                .append("[\"Reactive\",2],{},[\"Set\"],[\"ShallowReactive\",5],{\"qa-").append(devalueText(path))
                .append("\":-1},true,\"").append(devalueText(path)).append("\",[\"Reactive\",9],{},")
                .append(PayloadGraph.PRERENDERED_AT + 7).append("]</script></body></html>");
        return h.toString();
    }

    /** Text and attribute escaping as Vue's server renderer writes it. */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A route inside a devalue string: slashes written as devalue writes them, {@code \u002F}. */
    private static String devalueText(String route) {
        return route.replace("/", "\\u002F");
    }
}
