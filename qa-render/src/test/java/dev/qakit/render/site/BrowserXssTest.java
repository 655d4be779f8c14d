package dev.qakit.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.render.XssCheatSheet;
import dev.qakit.render.anki.AnkiRenderer;
import dev.qakit.render.html.HtmlLayout;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.render.jsonld.JsonLdRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every vector of {@link XssCheatSheet}, in every field, rendered in every format that produces
 * HTML — page documents, fragments, the static site, Anki note fields, JSON-LD embedded in a
 * page — and loaded in headless Chromium with the content security policy off, so that escaping
 * alone stands between a payload and the browser.
 *
 * <p>Each document gets a trap as its first script: {@code alert}, {@code confirm} and
 * {@code prompt} report, and every vector's own script posts {@code xss:<n>} to the top window.
 * After loading, the trap also scans the live DOM for what a click or a later event would run
 * (event-handler attributes, {@code javascript:}/{@code vbscript:}/{@code data:} URLs as the
 * browser resolved them, frames, forms, scripts other than JSON-LD) and reports that too. The
 * documents of one format are loaded together as frames of one harness page, which collects the
 * reports. A control document proves the trap fires. Skipped, with the reason, where no
 * Chromium can be had.
 */
@Timeout(600)
class BrowserXssTest {
    private static final Path DIR = Path.of("target/xss-browser");
    private static final List<XssCheatSheet.Vector> VECTORS = XssCheatSheet.all();
    private static final HtmlRenderer PAGE = HtmlRenderer.builder().contentSecurityPolicy(null).build();
    private static Chromium chromium;
    private static List<PageData> pages;

    @BeforeAll
    static void setUp() throws Exception {
        chromium = Chromium.find();
        deleteTree(DIR);
        Files.createDirectories(DIR);
        pages = VECTORS.stream().map(v -> XssCheatSheet.page(v, VECTORS.size())).toList();
    }

    @Test
    void theCheatSheetCoversItsCategories() {
        assertThat(VECTORS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(VECTORS.stream().map(XssCheatSheet.Vector::category).distinct()).containsExactly("script tag", "event handler",
                "javascript/vbscript/data URL", "SVG/MathML", "style/expression", "meta refresh", "iframe/object/embed",
                "attribute breaking", "</script> breaking", "malformed tag", "encoded payload", "base, form and button");
    }

    @Test
    void pageDocuments() throws Exception {
        List<Path> docs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String html = PAGE.render(pages.get(i));
            assertStaticallyInert(html, 1);
            docs.add(write("page/v" + i + ".html", trap(html)));
        }
        assertNothingRan("page", docs);
    }

    @Test
    void fragments() throws Exception {
        HtmlRenderer fragment = PAGE.toBuilder().layout(HtmlLayout.FRAGMENT).build();
        StringBuilder all = new StringBuilder();
        for (PageData p : pages) {
            String html = fragment.render(p);
            assertStaticallyInert(html, 0);
            all.append("<section>").append(html).append("</section>\n");
        }
        assertNothingRan("fragment", List.of(write("fragment/all.html", trap(document(all.toString())))));
    }

    @Test
    void staticSite() throws Exception {
        Path site = DIR.resolve("site");
        StaticSiteWriter.builder().title("XSS " + VECTORS.get(0).text()).html(PAGE).build().write(pages, site);
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(f, StandardCharsets.UTF_8);
                // Pages embed their JSON-LD; the index and the placeholders for linked pages have none.
                assertStaticallyInert(html, site.relativize(f).toString().replace('\\', '/').startsWith("xss/vectors/") ? 1 : 0);
                // The index's and placeholders' policy is fixed; it is taken out here so that only escaping is tested.
                Files.writeString(f, trap(html.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")));
                docs.add(f);
            }
        }
        // The pages, the index, and a placeholder for each sibling link that leaves the site's pages.
        assertThat(docs).hasSizeGreaterThan(2 * VECTORS.size());
        assertNothingRan("site", docs);
    }

    @Test
    void ankiFields() throws Exception {
        AnkiRenderer anki = AnkiRenderer.builder().build();
        StringBuilder all = new StringBuilder();
        for (PageData p : pages) {
            for (List<String> note : ankiNotes(anki.render(p))) {
                // Front and back are HTML fields.
                for (String field : note.subList(2, 4)) {
                    assertStaticallyInert(field, 0);
                    all.append("<div class=\"card\">").append(field).append("</div>\n");
                }
            }
        }
        assertNothingRan("anki", List.of(write("anki/notes.html", trap(document(all.toString())))));
    }

    @Test
    void jsonLdEmbedded() throws Exception {
        JsonLdRenderer jsonLd = JsonLdRenderer.builder().build();
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (PageData p : pages) {
            String json = jsonLd.render(p);
            assertThat(json.toLowerCase(Locale.ROOT)).doesNotContain("</script").doesNotContain("<!--");
            head.append("<script type=\"application/ld+json\">").append(json).append("</script>\n");
            // A search engine shows an answer's text as HTML: show it as HTML here too.
            for (Element answer : answerTexts(json)) {
                body.append("<div class=\"answer\">").append(answer.text()).append("</div>\n");
            }
        }
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
        assertStaticallyInert(html, pages.size());
        assertNothingRan("jsonld", List.of(write("jsonld/embedded.html", trap(html))));
    }

    @Test
    void theTrapFires() throws Exception {
        String bad = document("<img src=x onerror=\"" + XssCheatSheet.js(1000) + "\"><a href=\"javascript:void(0)\">x</a>"
                + "<script>alert(1)</script>");
        Element html = harness("control", List.of(write("control/bad.html", trap(bad))));
        assertThat(html.attr("data-done")).isEqualTo("1");
        assertThat(html.attr("data-xss")).contains("xss:1000").contains("alert:1");
        assertThat(html.attr("data-found")).contains("IMG[onerror]").contains("A[href=javascript:]").contains("script");
    }

    private static void assertNothingRan(String format, List<Path> docs) throws Exception {
        Element html = harness(format, docs);
        assertThat(html.attr("data-done")).as("documents whose trap reported back").isEqualTo(Integer.toString(docs.size()));
        assertThat(html.attr("data-xss")).as("payloads that ran").isEmpty();
        assertThat(html.attr("data-found")).as("script the DOM would run on a click or an event").isEmpty();
    }

    /** Loads documents as frames of one page that collects their traps' reports into attributes of its root. */
    private static Element harness(String format, List<Path> docs) throws Exception {
        StringBuilder frames = new StringBuilder();
        for (Path d : docs) {
            frames.append("<iframe src=\"").append(d.toAbsolutePath().toUri()).append("\"></iframe>\n");
        }
        String page = "<!DOCTYPE html><html><head><script>var done=0,xss=[],found=[];"
                + "window.addEventListener('message',function(e){var d=e.data,r=document.documentElement;"
                + "if(typeof d==='string'){xss.push(d)}else if(d&&d.qakit==='xss'){xss.push(d.value+' in '+d.path)}"
                + "else if(d&&d.qakit==='done'){done++;if(d.value)found.push(d.path+': '+d.value)}"
                + "r.setAttribute('data-done',String(done));r.setAttribute('data-xss',xss.join(' | '));"
                + "r.setAttribute('data-found',found.join(' | '))});</script></head><body>" + frames + "</body></html>";
        Path harness = write("harness-" + format + ".html", page);
        Document dom = Jsoup.parse(chromium.dumpDom(harness, 20_000));
        return dom.selectFirst("html");
    }

    /** The trap: the first script of a document. */
    static String trap(String html) {
        String arm = "<script data-trap>(function(){"
                + "function report(k,v){try{top.postMessage({qakit:k,path:location.pathname,value:v},'*')}catch(e){}}"
                + "window.trip=function(v){report('xss',String(v))};"
                + "window.alert=window.confirm=window.prompt=function(m){window.trip('alert:'+m)};"
                + "var urls=['href','src','action','formaction','data','poster','background','xlink:href','lowsrc','dynsrc','ping','cite'];"
                + "window.addEventListener('load',function(){setTimeout(function(){var found=[];"
                + "document.querySelectorAll('*').forEach(function(e){var t=e.tagName.toLowerCase();"
                + "for(var i=0;i<e.attributes.length;i++){var a=e.attributes[i],n=a.name.toLowerCase();"
                + "if(n.indexOf('on')===0||n==='srcdoc')found.push(e.tagName+'['+n+']');"
                + "if(urls.indexOf(n)>=0){var p='';try{p=new URL(a.value.trim(),document.baseURI).protocol}catch(x){}"
                + "if(p==='javascript:'||p==='vbscript:'||p==='data:')found.push(e.tagName+'['+n+'='+p+']')}}"
                + "if(t==='script'&&!e.hasAttribute('data-trap')&&e.type!=='application/ld+json')found.push('script');"
                + "if(['iframe','frame','frameset','object','embed','applet','base','form','button','isindex'].indexOf(t)>=0)found.push(t);"
                + "if(t==='meta'&&/refresh/i.test(e.getAttribute('http-equiv')||''))found.push('meta refresh');"
                + "if((t==='style'||t==='link')&&document.body&&document.body.contains(e))found.push(t+' in body')});"
                + "report('done',found.join(' '))},300)})})();</script>";
        int head = html.indexOf("<head>");
        if (head >= 0) {
            return html.substring(0, head + 6) + arm + html.substring(head + 6);
        }
        return arm + html;
    }

    /** Asserts, with an HTML parser, that the only scripts are JSON-LD blocks, and counts them. */
    static void assertStaticallyInert(String html, int jsonLdBlocks) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).hasSize(jsonLdBlocks)
                .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
        assertThat(doc.select("iframe, frame, object, embed, base, form, button, meta[http-equiv~=(?i)refresh], body style"))
                .isEmpty();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("an attribute of <%s>", e.tagName())
                    .doesNotStartWith("on").isNotIn("srcdoc", "formaction", "xlink:href", "style"));
        }
    }

    private static String document(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
    }

    private static List<Element> answerTexts(String json) {
        // The JSON-LD's answer texts, read back by the browser's own JSON parser would be the same; jsoup's
        // data-node parse of a script keeps it whole, so read the "text" members with a small scan.
        List<Element> out = new ArrayList<>();
        for (Object text : dev.qakit.render.XssVectorsAccess.answerTexts(json)) {
            Element div = new Element("div");
            div.text(String.valueOf(text));
            out.add(div);
        }
        return out;
    }

    private static List<List<String>> ankiNotes(String tsv) {
        return dev.qakit.render.XssVectorsAccess.ankiNotes(tsv);
    }

    private static Path write(String name, String text) throws IOException {
        Path f = DIR.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
