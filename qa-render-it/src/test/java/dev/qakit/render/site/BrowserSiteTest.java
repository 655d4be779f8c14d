package dev.qakit.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.render.CorpusPages;
import dev.qakit.render.html.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The static site in a real browser (headless Debian Chromium): the index reaches every page,
 * tables and code blocks are laid out, screenshots go to {@code target/screenshots/} for a
 * person to look at, and hostile content never runs script. Skipped, with the reason, where
 * no Chromium can be had.
 */
@Timeout(300)
class BrowserSiteTest {
    private static final Path SITE = Path.of("target/browser-site");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Chromium chromium;
    private static List<PageData> corpus;

    @BeforeAll
    static void writeSite() throws Exception {
        chromium = Chromium.find();
        corpus = CorpusPages.corpus();
        deleteTree(SITE);
        StaticSiteWriter.builder().title("qakit corpus").build().write(corpus, SITE);
        Files.createDirectories(SHOTS);
    }

    @Test
    void indexLinksReachEveryPage() throws Exception {
        Document index = Jsoup.parse(chromium.dumpDom(SITE.resolve("index.html")), SITE.toUri().toString());
        assertThat(index.select("h1").text()).isEqualTo("qakit corpus");
        Set<Path> reached = new TreeSet<>();
        for (Element a : index.select("main a[href]")) {
            Path target = SITE.resolve(a.attr("href")).normalize();
            assertThat(target).as(a.attr("href")).isRegularFile();
            reached.add(target);
        }
        Set<Path> expected = new TreeSet<>();
        for (PageData p : corpus) {
            expected.add(SITE.resolve(StaticSiteWriter.fileFor(p.page().path())).normalize());
        }
        assertThat(reached).isEqualTo(expected).hasSize(14);
        // The browser resolved the stylesheet link: the computed layout uses it.
        String dom = chromium.dumpDom(measured(SITE.resolve("fastapi/fundamentals/async-basics.html"), "back"));
        assertThat(Jsoup.parse(dom).select("html").attr("data-stylesheet")).isEqualTo("loaded");
    }

    @Test
    void tablesAndCodeBlocksAreLaidOut() throws Exception {
        // go/concurrency has a table answer and Go code blocks.
        Document dom = Jsoup.parse(chromium.dumpDom(measured(SITE.resolve("go/concurrency.html"), "layout")));
        Element html = dom.selectFirst("html");
        assertThat(html.attr("data-table-columns")).isEqualTo("3");
        assertThat(html.attr("data-table-row-aligned")).isEqualTo("true");
        assertThat(Integer.parseInt(html.attr("data-table-width"))).isGreaterThan(300);
        assertThat(html.attr("data-pre-white-space")).isEqualTo("pre");
        assertThat(html.attr("data-pre-monospace")).isEqualTo("true");
        assertThat(Integer.parseInt(html.attr("data-pre-lines-height"))).isGreaterThan(100);
        assertThat(html.attr("data-sidebar-left-of-main")).isEqualTo("true");
    }

    @Test
    void screenshotsForAPerson() throws Exception {
        Path page = SHOTS.resolve("go-concurrency.png");
        chromium.screenshot(SITE.resolve("go/concurrency.html"), page, 1280, 1600, false);
        chromium.screenshot(SITE.resolve("go/concurrency.html"), SHOTS.resolve("go-concurrency-dark.png"), 1280, 1600, true);
        chromium.screenshot(SITE.resolve("index.html"), SHOTS.resolve("index.png"), 1280, 1000, false);
        assertThat(Files.size(page)).isGreaterThan(20_000);
    }

    @Test
    void hostileContentNeverRuns() throws Exception {
        // Without the content security policy, so that only escaping stands between payload and browser.
        HtmlRenderer html = HtmlRenderer.builder().contentSecurityPolicy(null).build();
        Path xss = SITE.resolve("xss.html");
        Files.writeString(xss, trap(html.render(dev.qakit.render.XssVectorsAccess.page())));
        Document dom = Jsoup.parse(chromium.dumpDom(xss));
        assertThat(dom.selectFirst("html").attr("data-trap")).isEqualTo("armed");
        assertThat(dom.selectFirst("html").attr("data-xss")).isEmpty();
        assertThat(dom.selectFirst("html").attr("data-xss-flag")).isEqualTo("0");

        // The trap works: a page that does run a payload trips it.
        Path control = SITE.resolve("xss-control.html");
        Files.writeString(control, trap("<!DOCTYPE html><html><head></head><body><img src=x onerror=\"window.__xss=1;trip()\">"
                + "</body></html>"));
        Element controlHtml = Jsoup.parse(chromium.dumpDom(control)).selectFirst("html");
        assertThat(controlHtml.attr("data-xss")).isEqualTo("tripped");
        assertThat(controlHtml.attr("data-xss-flag")).isEqualTo("1");
    }

    /** Adds the trap: any executed payload calls trip() or alert() or sets window.__xss. */
    private static String trap(String html) {
        String arm = "<script>window.__xss=0;window.trip=function(){document.documentElement.setAttribute('data-xss','tripped')};"
                + "window.alert=window.confirm=window.prompt=window.trip;"
                + "document.documentElement.setAttribute('data-trap','armed');"
                + "window.addEventListener('load',function(){setTimeout(function(){"
                + "document.documentElement.setAttribute('data-xss-flag',String(window.__xss))},500)});</script>";
        int head = html.indexOf("<head>");
        return html.substring(0, head + 6) + arm + html.substring(head + 6);
    }

    /** A copy of a page, beside it, with a script that writes layout measurements into the DOM. */
    private static Path measured(Path page, String name) throws IOException {
        String html = Files.readString(page).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        String script = "<script>window.addEventListener('load',function(){var d=document.documentElement;"
                + "var css=getComputedStyle(document.body).fontFamily;"
                + "d.setAttribute('data-stylesheet',getComputedStyle(document.querySelector('main')).maxWidth!=='none'?'loaded':'missing');"
                + "var t=document.querySelector('.answer table');if(t){var r=t.querySelector('tbody tr');var cells=r.children;"
                + "d.setAttribute('data-table-columns',String(cells.length));"
                + "var top=cells[0].getBoundingClientRect().top,ok=true;for(var i=1;i<cells.length;i++){"
                + "if(Math.abs(cells[i].getBoundingClientRect().top-top)>1||cells[i].getBoundingClientRect().left<=cells[i-1].getBoundingClientRect().left)ok=false;}"
                + "d.setAttribute('data-table-row-aligned',String(ok));"
                + "d.setAttribute('data-table-width',String(Math.round(t.getBoundingClientRect().width)));}"
                + "var p=document.querySelector('.answer pre');if(p){var s=getComputedStyle(p);"
                + "d.setAttribute('data-pre-white-space',s.whiteSpace);"
                + "d.setAttribute('data-pre-monospace',String(/mono|courier|consolas/i.test(getComputedStyle(p.querySelector('code')).fontFamily)));"
                + "d.setAttribute('data-pre-lines-height',String(Math.round(p.getBoundingClientRect().height)));}"
                + "var nav=document.querySelector('nav.siblings'),main=document.querySelector('main');"
                + "if(nav&&main)d.setAttribute('data-sidebar-left-of-main',String(nav.getBoundingClientRect().right<=main.getBoundingClientRect().left));"
                + "});</script>";
        Path copy = page.resolveSibling(page.getFileName().toString().replace(".html", "." + name + ".html"));
        Files.writeString(copy, html.replace("</body>", script + "</body>"));
        return copy;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
