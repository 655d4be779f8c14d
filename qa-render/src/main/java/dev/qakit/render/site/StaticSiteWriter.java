package dev.qakit.render.site;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import dev.qakit.render.html.HtmlLayout;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.render.html.PageLinks;
import dev.qakit.render.internal.HtmlText;
import dev.qakit.render.internal.PageFacts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a static site of question pages: one HTML page per question page at
 * {@code <route>.html} ({@code /fastapi/fundamentals/async-basics} →
 * {@code fastapi/fundamentals/async-basics.html}), an {@code index.html} listing every page
 * grouped by framework and topic, and {@code style.css}. All links are relative, so the site
 * works when opened from the file system as well as from any web server path.
 *
 * <pre>{@code
 * StaticSiteWriter site = StaticSiteWriter.builder().title("FastAPI interview questions").build();
 * try (Stream<PageData> pages = loadPages()) {
 *     SiteSummary summary = site.write(pages, Path.of("target/site"));
 * }
 * }</pre>
 *
 * <p>Pages are streamed: each is rendered and written as it comes, and only a small index
 * entry per page is kept. A sibling that is linked from a page but never given gets a small
 * placeholder page, so that no link is broken. Two pages with the same route keep the first
 * file name; the later one is written with a {@code -2}, {@code -3}, … suffix. Links inside
 * answers and page bodies to site routes ({@code /go/concurrency}) become relative file links
 * too, with placeholders where needed. Immutable and
 * thread-safe; a call writes into its own directory.
 */
public final class StaticSiteWriter {
    /** The default site title. */
    public static final String DEFAULT_TITLE = "Interview questions";

    private final String title;
    private final HtmlRenderer html;

    private StaticSiteWriter(Builder b) {
        this.title = b.title;
        this.html = b.html;
    }

    /**
     * A builder with the defaults (title {@value #DEFAULT_TITLE}, the default HTML renderer).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this writer's options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().title(title).html(html);
    }

    /**
     * Writes a site from a stream of pages. The stream is consumed, not closed.
     *
     * @param pages the pages
     * @param directory the output directory, created if missing; existing files of the same
     *     names are replaced
     * @return what was written
     * @throws IOException if a file cannot be written
     */
    public SiteSummary write(Stream<PageData> pages, Path directory) throws IOException {
        Objects.requireNonNull(pages, "pages");
        return write(pages::iterator, directory);
    }

    /**
     * Writes a site.
     *
     * @param pages the pages
     * @param directory the output directory, created if missing; existing files of the same
     *     names are replaced
     * @return what was written
     * @throws IOException if a file cannot be written
     */
    public SiteSummary write(Iterable<PageData> pages, Path directory) throws IOException {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(directory, "directory");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("style.css"), HtmlRenderer.defaultStylesheet(), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> fileOfRoute = new HashMap<>();
        Map<String, String> routeOfFile = new HashMap<>();
        Map<String, String> linked = new LinkedHashMap<>();
        int untitled = 0;
        for (PageData data : pages) {
            Objects.requireNonNull(data, "page");
            Page page = data.page();
            String route = PageFacts.route(page);
            String file;
            if (route == null) {
                file = uniqueFile("untitled-" + (++untitled) + ".html", routeOfFile);
                routeOfFile.put(file, "");
            } else {
                file = uniqueFile(fileFor(route), routeOfFile);
                routeOfFile.put(file, route);
                fileOfRoute.putIfAbsent(route, file);
            }
            for (Sibling s : data.siblings()) {
                if (s.path() != null) {
                    linked.putIfAbsent(s.path(), PageFacts.present(s.subtopic()) ? s.subtopic() : s.path());
                }
            }
            write(directory, file, out -> html.render(data, new RelativeLinks(file, linked), out));
            entries.add(Entry.of(page, file));
        }
        int placeholders = 0;
        for (Map.Entry<String, String> link : linked.entrySet()) {
            String file = fileFor(link.getKey());
            if (!routeOfFile.containsKey(file)) {
                routeOfFile.put(file, link.getKey());
                write(directory, file, out -> placeholder(link.getKey(), link.getValue(), file, out));
                placeholders++;
            }
        }
        Path index = directory.resolve("index.html");
        write(directory, "index.html", out -> index(entries, out));
        return new SiteSummary(directory, index, entries.size(), placeholders);
    }

    /**
     * The file a route is written to, relative to the site directory, with {@code /}
     * separators: {@code /a/b} → {@code a/b.html}; characters other than letters, digits,
     * {@code . _ -} become {@code -}; {@code .} and {@code ..} segments become {@code _};
     * the root route {@code /} becomes {@code home.html}.
     *
     * @param route the route
     * @return the relative file name
     */
    public static String fileFor(String route) {
        Objects.requireNonNull(route, "route");
        List<String> segments = new ArrayList<>();
        for (String raw : route.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String s = raw.replaceAll("[^A-Za-z0-9._-]", "-");
            if (s.equals(".") || s.equals("..")) {
                s = "_";
            }
            segments.add(s);
        }
        if (segments.isEmpty()) {
            return "home.html";
        }
        String last = segments.get(segments.size() - 1);
        if (segments.size() == 1 && last.equals("index")) {
            segments.set(0, "index-page");
        }
        return String.join("/", segments) + ".html";
    }

    private static String uniqueFile(String file, Map<String, String> taken) {
        if (!taken.containsKey(file) && !file.equals("index.html")) {
            return file;
        }
        String stem = file.substring(0, file.length() - ".html".length());
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n + ".html";
            if (!taken.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The relative link from one site file to another.
     *
     * @param from the linking file ({@code a/b/c.html})
     * @param to the target file ({@code a/d.html})
     * @return the relative href ({@code ../d.html})
     */
    static String relative(String from, String to) {
        String[] f = from.split("/");
        String[] t = to.split("/");
        int common = 0;
        while (common < f.length - 1 && common < t.length - 1 && f[common].equals(t[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < f.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < t.length; i++) {
            if (i > common) {
                sb.append('/');
            }
            sb.append(t[i]);
        }
        return sb.toString();
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static void write(Path directory, String file, Body body) throws IOException {
        Path target = directory.resolve(file);
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            body.write(out);
        }
    }

    private void head(Appendable out, String pageTitle, String from) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(HtmlText.escape(HtmlRenderer.DEFAULT_CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<title>").append(HtmlText.escape(pageTitle)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(relative(from, "style.css")).append("\">\n")
                .append("</head>\n<body>\n");
    }

    private void index(List<Entry> entries, Appendable out) throws IOException {
        head(out, title, "index.html");
        out.append("<div class=\"layout\">\n<main>\n<h1>").append(HtmlText.escape(title)).append("</h1>\n");
        int questions = entries.stream().mapToInt(Entry::questions).sum();
        out.append("<p class=\"index-count\">").append(Integer.toString(entries.size()))
                .append(entries.size() == 1 ? " page, " : " pages, ").append(Integer.toString(questions))
                .append(questions == 1 ? " question" : " questions").append("</p>\n");
        Map<String, Map<String, List<Entry>>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Entry e : entries) {
            groups.computeIfAbsent(e.framework, k -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                    .computeIfAbsent(e.topic, k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, Map<String, List<Entry>>> fw : groups.entrySet()) {
            out.append("<section class=\"index-group\">\n<h2>").append(HtmlText.escape(fw.getKey())).append("</h2>\n");
            for (Map.Entry<String, List<Entry>> topic : fw.getValue().entrySet()) {
                out.append("<h3>").append(HtmlText.escape(topic.getKey())).append("</h3>\n<ul>\n");
                List<Entry> list = new ArrayList<>(topic.getValue());
                list.sort(Comparator.comparingInt((Entry e) -> e.order).thenComparing(e -> e.title.toLowerCase(Locale.ROOT)));
                for (Entry e : list) {
                    out.append("<li><a href=\"").append(HtmlText.escape(e.file)).append("\">").append(HtmlText.escape(e.title))
                            .append("</a> <span class=\"index-count\">").append(Integer.toString(e.questions))
                            .append(e.questions == 1 ? " question" : " questions");
                    if (e.difficulty != null) {
                        out.append(" · ").append(HtmlText.escape(e.difficulty));
                    }
                    out.append("</span></li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        out.append("</main>\n</div>\n</body>\n</html>\n");
    }

    private void placeholder(String route, String label, String file, Appendable out) throws IOException {
        head(out, label, file);
        out.append("<header class=\"site-header\"><a href=\"").append(HtmlText.escape(relative(file, "index.html")))
                .append("\">All questions</a></header>\n<div class=\"layout\">\n<main>\n<h1>")
                .append(HtmlText.escape(label)).append("</h1>\n<p>This page (<code>").append(HtmlText.escape(route))
                .append("</code>) is linked by other pages but is not part of this site.</p>\n</main>\n</div>\n</body>\n</html>\n");
    }

    /** Links of one page of the site, relative to its file. */
    private static final class RelativeLinks implements PageLinks {
        private final String file;
        private final Map<String, String> linked;

        RelativeLinks(String file, Map<String, String> linked) {
            this.file = file;
            this.linked = linked;
        }

        @Override
        public Optional<String> pageHref(String route) {
            linked.putIfAbsent(route, route);
            return Optional.of(relative(file, fileFor(route)));
        }

        @Override
        public Optional<String> stylesheetHref() {
            return Optional.of(relative(file, "style.css"));
        }

        @Override
        public Optional<String> indexHref() {
            return Optional.of(relative(file, "index.html"));
        }
    }

    /** What the index keeps of a page. */
    private record Entry(String framework, String topic, int order, String title, String file, int questions,
            @Nullable String difficulty) {
        static Entry of(Page page, String file) {
            return new Entry(
                    PageFacts.present(page.framework()) ? page.framework().strip() : "Other",
                    PageFacts.present(page.topic()) ? page.topic().strip() : "General",
                    page.order() == null ? Integer.MAX_VALUE : page.order(),
                    PageFacts.title(page), file, page.questions().size(),
                    PageFacts.present(page.difficulty()) ? page.difficulty() : null);
        }
    }

    /**
     * Builds {@link StaticSiteWriter}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private String title = DEFAULT_TITLE;
        private HtmlRenderer html = HtmlRenderer.builder().build();

        private Builder() {
        }

        /**
         * Sets the site title, the index page's heading. Defaults to {@value StaticSiteWriter#DEFAULT_TITLE}.
         *
         * @param value the title
         * @return this builder
         * @throws IllegalArgumentException if the title is blank
         */
        public Builder title(String value) {
            Objects.requireNonNull(value, "title");
            if (value.isBlank()) {
                throw new IllegalArgumentException("title must not be blank");
            }
            this.title = value;
            return this;
        }

        /**
         * Sets the renderer of the pages. Defaults to {@code HtmlRenderer.builder().build()}.
         *
         * @param value a renderer with the {@link HtmlLayout#DOCUMENT} layout
         * @return this builder
         * @throws IllegalArgumentException if the renderer writes fragments
         */
        public Builder html(HtmlRenderer value) {
            Objects.requireNonNull(value, "html");
            if (value.layout() != HtmlLayout.DOCUMENT) {
                throw new IllegalArgumentException("a site needs whole documents, got a renderer with layout " + value.layout());
            }
            this.html = value;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return a new writer
         */
        public StaticSiteWriter build() {
            return new StaticSiteWriter(this);
        }
    }
}
