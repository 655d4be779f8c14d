package dev.qakit.bench;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.html.HtmlRenderer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HTML rendering of a page with qakit's default {@link HtmlRenderer} (a whole document:
 * layout, table of contents, anchors, embedded JSON-LD), beside commonmark-java alone rendering
 * the same Markdown (every question text and answer) with the same extensions and safety
 * settings: the floor for any Markdown-to-HTML renderer built on it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {
    /** Which input: payload pages ({@code seed}, {@code corpus}, {@code 1mb}) or the Markdown sample ({@code tree}). */
    @Param({"seed", "corpus", "1mb", "tree"})
    public String input;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final HtmlRenderer qakit = HtmlRenderer.builder().build();
    private final HtmlRenderer qakitWithoutJsonLd = HtmlRenderer.builder().embedJsonLd(false).build();
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final org.commonmark.renderer.html.HtmlRenderer commonmark = org.commonmark.renderer.html.HtmlRenderer.builder()
            .extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    private List<PageData> pages = List.of();

    /** Reads the input's pages once per trial. */
    @Setup
    public void setUp() {
        pages = Pages.pages(input);
    }

    /**
     * Renders every page of the input with qakit.
     *
     * @return the total length of the HTML written
     * @throws IOException never (the output is a {@code StringBuilder})
     */
    @Benchmark
    public long qakitHtml() throws IOException {
        long length = 0;
        for (PageData page : pages) {
            StringBuilder html = new StringBuilder(8192);
            qakit.render(page, html);
            length += html.length();
        }
        return length;
    }

    /**
     * Renders every page of the input with qakit, without the embedded JSON-LD (whose answer
     * texts are a second rendering of every answer).
     *
     * @return the total length of the HTML written
     * @throws IOException never (the output is a {@code StringBuilder})
     */
    @Benchmark
    public long qakitHtmlWithoutJsonLd() throws IOException {
        long length = 0;
        for (PageData page : pages) {
            StringBuilder html = new StringBuilder(8192);
            qakitWithoutJsonLd.render(page, html);
            length += html.length();
        }
        return length;
    }

    /**
     * Renders the same question texts and answers with commonmark-java alone.
     *
     * @return the total length of the HTML written
     */
    @Benchmark
    public long commonmarkAlone() {
        long length = 0;
        for (PageData page : pages) {
            StringBuilder html = new StringBuilder(8192);
            for (Question q : page.page().questions()) {
                commonmark.render(parser.parse(q.question() == null ? "" : q.question()), html);
                commonmark.render(parser.parse(q.answer() == null ? "" : q.answer()), html);
            }
            length += html.length();
        }
        return length;
    }
}
