package dev.qakit.render;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * XSS vectors written from the categories of the OWASP XSS filter-evasion cheat sheet: script
 * tags in many spellings, event handlers, {@code javascript:}/{@code vbscript:}/{@code data:}
 * URLs with entity, whitespace and case obfuscation, SVG and MathML, styles and expressions,
 * meta refresh, frames and plugins, attribute breaking, {@code </script>} breaking, malformed
 * tags and encoded payloads. Each vector is a template over the script it runs; that script
 * posts {@code xss:<n>} to the top window, which the browser test listens for.
 */
public final class XssCheatSheet {

    /**
     * One vector.
     *
     * @param id its number, which the script it runs reports
     * @param category the cheat-sheet category
     * @param text the vector with its script filled in
     */
    public record Vector(int id, String category, String text) {
    }

    private XssCheatSheet() {
    }

    /** The script vector {@code n} runs: no spaces and no double quotes, so it fits unquoted and quoted attributes. */
    public static String js(int n) {
        return "top.postMessage('xss:" + n + "','*')";
    }

    private static final List<Map.Entry<String, Function<String, String>>> TEMPLATES = new ArrayList<>();

    private static void add(String category, Function<String, String> template) {
        TEMPLATES.add(Map.entry(category, template));
    }

    static {
        String script = "script tag";
        add(script, j -> "<script>" + j + "</script>");
        add(script, j -> "<SCRIPT>" + j + "</SCRIPT>");
        add(script, j -> "<ScRiPt>" + j + "</sCrIpT>");
        add(script, j -> "<script/x>" + j + "</script>");
        add(script, j -> "<script type=\"text/javascript\">" + j + "</script>");
        add(script, j -> "<<script>" + j + "//<</script>");
        add(script, j -> "<script\n>" + j + "</script\n>");
        add(script, j -> "<script src=\"data:text/javascript," + j + "\"></script>");
        add(script, j -> "<scr<script>ipt>" + j + "</scr</script>ipt>");
        add(script, j -> "</title><script>" + j + "</script>");
        add(script, j -> "</textarea><script>" + j + "</script>");
        add(script, j -> "<svg><script>" + j + "</script></svg>");
        String handler = "event handler";
        add(handler, j -> "<img src=x onerror=" + j + ">");
        add(handler, j -> "<IMG SRC=x OnErRoR=\"" + j + "\">");
        add(handler, j -> "<img src=x onerror=\"" + decimalEntities(j) + "\">");
        add(handler, j -> "<img/src=x/onerror=" + j + ">");
        add(handler, j -> "<body onload=" + j + ">");
        add(handler, j -> "<svg onload=" + j + ">");
        add(handler, j -> "<svg/onload=" + j + ">");
        add(handler, j -> "<input autofocus onfocus=" + j + ">");
        add(handler, j -> "<details open ontoggle=" + j + ">x</details>");
        add(handler, j -> "<video><source onerror=" + j + "></video>");
        add(handler, j -> "<audio src=x onerror=" + j + ">");
        add(handler, j -> "<select autofocus onfocus=" + j + "></select>");
        add(handler, j -> "<img src=\"x` `<script>" + j + "</script>\"` `>");
        add(handler, j -> "<img \"\"\"><script>" + j + "</script>\">");
        String url = "javascript/vbscript/data URL";
        add(url, j -> "javascript:" + j);
        add(url, j -> "JaVaScRiPt:" + j);
        add(url, j -> " javascript:" + j);
        add(url, j -> "java\tscript:" + j);
        add(url, j -> "java&#x09;script:" + j);
        add(url, j -> decimalEntities("javascript") + ":" + j);
        add(url, j -> hexEntities("javascript") + ":" + j);
        add(url, j -> paddedEntities("javascript:") + j);
        add(url, j -> "jav&#x0A;ascript:" + j);
        add(url, j -> "\u0001javascript:" + j);
        add(url, j -> "javascript&colon;" + j);
        add(url, j -> "vbscript:msgbox(1)");
        add(url, j -> "data:text/html;base64," + base64("<script>" + j + "</script>"));
        add(url, j -> "data:text/html,<script>" + j + "</script>");
        add(url, j -> "data:image/svg+xml;base64," + base64("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"" + j + "\"/>"));
        add(url, j -> "%6A%61%76%61%73%63%72%69%70%74:" + j);
        String svg = "SVG/MathML";
        add(svg, j -> "<svg><a xlink:href=\"javascript:" + j + "\"><text x=\"0\" y=\"20\">x</text></a></svg>");
        add(svg, j -> "<svg><animate onbegin=" + j + " attributeName=x dur=1s>");
        add(svg, j -> "<svg><a><animate attributeName=href values=javascript:" + j + " /><text x=20 y=20>click</text></a></svg>");
        add(svg, j -> "<math><mtext><table><mglyph><style><img src=x onerror=" + j + ">");
        add(svg, j -> "<math href=\"javascript:" + j + "\">click</math>");
        add(svg, j -> "<svg><foreignObject><iframe srcdoc=\"<script>" + j + "</script>\"></iframe></foreignObject></svg>");
        String style = "style/expression";
        add(style, j -> "<div style=\"width:expression(" + j + ")\">x</div>");
        add(style, j -> "<style>@import 'javascript:" + j + "';</style>");
        add(style, j -> "<style>body{background:url(\"javascript:" + j + "\")}</style>");
        add(style, j -> "<link rel=stylesheet href=\"javascript:" + j + "\">");
        add(style, j -> "<div style=\"background-image:url(javascript:" + j + ")\">x</div>");
        String meta = "meta refresh";
        add(meta, j -> "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + j + "\">");
        add(meta, j -> "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64," + base64("<script>" + j + "</script>") + "\">");
        String frame = "iframe/object/embed";
        add(frame, j -> "<iframe src=\"javascript:" + j + "\"></iframe>");
        add(frame, j -> "<iframe srcdoc=\"<script>" + j + "</script>\"></iframe>");
        add(frame, j -> "<object data=\"javascript:" + j + "\"></object>");
        add(frame, j -> "<embed src=\"javascript:" + j + "\">");
        add(frame, j -> "<object data=\"data:text/html;base64," + base64("<script>" + j + "</script>") + "\"></object>");
        String attr = "attribute breaking";
        add(attr, j -> "\" onmouseover=\"" + j + "\" autofocus onfocus=\"" + j);
        add(attr, j -> "' onfocus='" + j + "' autofocus x='");
        add(attr, j -> "\"><img src=x onerror=" + j + ">");
        add(attr, j -> "' autofocus onfocus=" + j + " x='");
        add(attr, j -> "x\" onerror=\"" + j + "\" src=\"y");
        String close = "</script> breaking";
        add(close, j -> "</script><script>" + j + "</script>");
        add(close, j -> "</SCRIPT ><script>" + j + "</script>");
        add(close, j -> "<!--<script>" + j + "</script>-->");
        add(close, j -> "\u2028\u2029</script><script>" + j + "</script>");
        add(close, j -> "<\\/script><script>" + j + "<\\/script>");
        String malformed = "malformed tag";
        add(malformed, j -> "<img src=x onerror=" + j + "//");
        add(malformed, j -> "<a href=\"javascript:" + j + "\">x");
        add(malformed, j -> "<<img src=x onerror=" + j + ">>");
        add(malformed, j -> "<scr\u0000ipt>" + j + "</scr\u0000ipt>");
        add(malformed, j -> "<!--><img src=x onerror=" + j + ">-->");
        add(malformed, j -> "<![CDATA[<img src=x onerror=" + j + ">]]>");
        add(malformed, j -> "<noscript><p title=\"</noscript><img src=x onerror=" + j + ">\">");
        add(malformed, j -> "<a href=javascript:" + j + ">x</a>");
        String encoded = "encoded payload";
        add(encoded, j -> "&lt;script&gt;" + j + "&lt;/script&gt;");
        add(encoded, j -> "%3Cscript%3E" + j + "%3C/script%3E");
        add(encoded, j -> "\\x3cscript\\x3e" + j + "\\x3c/script\\x3e");
        add(encoded, j -> "\\u003cscript\\u003e" + j + "\\u003c/script\\u003e");
        add(encoded, j -> "+ADw-script+AD4-" + j + "+ADw-/script+AD4-");
        add(encoded, j -> "<a href=\"" + hexEntities("javascript:") + j + "\">x</a>");
        add(encoded, j -> "<img src=x onerror=&#x" + Integer.toHexString('t') + ";" + j.substring(1) + ">");
        String other = "base, form and button";
        add(other, j -> "<base href=\"javascript:" + j + "//\">");
        add(other, j -> "<form action=\"javascript:" + j + "\"><button>x</button></form>");
        add(other, j -> "<button form=f formaction=\"javascript:" + j + "\">x</button>");
        add(other, j -> "<isindex action=javascript:" + j + " type=image>");
    }

    /**
     * Every vector, numbered from 0.
     *
     * @return the vectors
     */
    public static List<Vector> all() {
        List<Vector> out = new ArrayList<>();
        for (int i = 0; i < TEMPLATES.size(); i++) {
            out.add(new Vector(i, TEMPLATES.get(i).getKey(), TEMPLATES.get(i).getValue().apply(js(i))));
        }
        return out;
    }

    /** A Markdown answer carrying a vector as text, as link and image targets, in a table cell and in code. */
    static String answer(String v) {
        return "Before " + v + " after.\n\n"
                + "[link](" + v + ") and [angle](<" + v + ">) and ![image](" + v + ")\n\n"
                + "<" + v + ">\n\n"
                + "| head | " + v.replace("\n", " ") + " |\n|---|---|\n| " + v.replace("\n", " ") + " | cell |\n\n"
                + "```html\n" + v + "\n```\n\n"
                + "Inline `" + v.replace("`", "") + "` code.\n";
    }

    /**
     * A page carrying vector {@code v} in every field a renderer shows: title and metadata,
     * a question and its answer, sibling titles and link targets, and the minimark body
     * (text, attribute values, link and image targets).
     *
     * @param v the vector
     * @param count how many pages there are (for the sibling links)
     * @return the page
     */
    public static PageData page(Vector v, int count) {
        String t = v.text();
        List<BodyNode> body = new ArrayList<>();
        body.add(el("p", props("title", t, "class", t), new BodyNode.Text(t)));
        body.add(el("a", props("href", t), new BodyNode.Text("body link")));
        body.add(el("img", props("src", t, "alt", t)));
        body.add(el("pre", props("code", t, "language", "html"), el("code", Map.of(), new BodyNode.Text(t))));
        body.add(el("table", Map.of(), el("tbody", Map.of(), el("tr", Map.of(), el("td", Map.of(), new BodyNode.Text(t))))));
        List<Question> questions = List.of(
                Question.of("q" + v.id(), "easy", "Question " + v.id() + ": " + t, answer(t)),
                Question.of("q" + v.id() + "-b", t, t, t));
        Page page = Page.builder().title(t).framework(t).frameworkSlug("xss").topic(t).topicSlug("vectors").subtopic(t)
                .difficulty(t).updated(t).seoDescription(t).description(t).path("/xss/vectors/v" + v.id())
                .body(Body.minimark(body, null)).questions(questions).build();
        return PageData.of(page, List.of(Sibling.of(t, t, 1), Sibling.of("Next " + t, "/xss/vectors/v" + ((v.id() + 1) % count), 2)));
    }

    private static String decimalEntities(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append("&#").append(c).append(';'));
        return sb.toString();
    }

    private static String hexEntities(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append("&#x").append(Integer.toHexString(c)).append(';'));
        return sb.toString();
    }

    private static String paddedEntities(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(String.format("&#%07d", c)));
        return sb.toString();
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static BodyNode.Element el(String tag, Map<String, Object> props, BodyNode... children) {
        return new BodyNode.Element(tag, props, List.of(children));
    }
}
