package dev.qakit.render;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile content: the usual XSS vectors in every field a renderer shows. Every payload that
 * ran would call {@code trip()}, which the browser test defines as a trap; executing
 * payloads also set {@code window.__xss}.
 */
public final class XssVectors {
    /** What an executed payload runs. */
    static final String JS = "window.__xss=1;trip()";

    /** Markdown answers carrying XSS vectors. */
    static final List<String> ANSWERS = List.of(
            "<script>" + JS + "</script>",
            "Inline <script>" + JS + "</script> script.",
            "<img src=x onerror=\"" + JS + "\">",
            "Text <img src=x onerror=" + JS + "> inline.",
            "[click](javascript:" + JS + ")",
            "[click](JaVaScRiPt:" + JS + ")",
            "[click]( javascript:" + JS + ")",
            "[click](&#106;avascript:" + JS + ")",
            "[click](java&#x09;script:" + JS + ")",
            "[vb](vbscript:msgbox(1))",
            "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
            "![img](javascript:" + JS + ")",
            "<javascript:" + JS + ">",
            "```html\n</script><script>" + JS + "</script>\n```",
            "`</script><script>" + JS + "</script>`",
            "<svg onload=\"" + JS + "\"><script>" + JS + "</script></svg>",
            "<svg><a><animate attributeName=href values=javascript:" + JS + " /><text x=20 y=20>click</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + JS + ">",
            "<iframe srcdoc=\"<script>parent." + JS + "</script>\"></iframe>",
            "<a href=\"javascript:" + JS + "\">raw link</a>",
            "<div style=\"background:url(javascript:" + JS + ")\">styled</div>",
            "<details open ontoggle=" + JS + ">x</details>",
            "<!--<img src=x onerror=" + JS + ">-->",
            "<form action=javascript:" + JS + "><button>go</button></form>",
            "\"><script>" + JS + "</script>",
            "'><img src=x onerror=" + JS + ">",
            "<object data=\"javascript:" + JS + "\"></object>",
            "<embed src=\"data:text/html,<script>" + JS + "</script>\">",
            "<body onload=" + JS + ">",
            "<base href=\"javascript:/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + JS + "\">",
            "| a | b |\n|---|---|\n| <script>" + JS + "</script> | <img src=x onerror=" + JS + "> |",
            "</textarea><script>" + JS + "</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=" + JS + ">\"></noscript>",
            "www.example.com/<script>" + JS + "</script>",
            "<style>@import 'javascript:" + JS + "';</style>",
            "\u2028</script><script>" + JS + "</script>");

    /** Body elements carrying XSS vectors (minimark). */
    static List<BodyNode> body() {
        List<BodyNode> nodes = new ArrayList<>();
        nodes.add(el("script", Map.of(), new BodyNode.Text(JS)));
        nodes.add(el("img", props("src", "x", "onError", JS)));
        nodes.add(el("img", props("src", "x", "onerror", JS)));
        nodes.add(el("a", props("href", "javascript:" + JS), new BodyNode.Text("link")));
        nodes.add(el("a", props("href", "  JAVASCRIPT:" + JS), new BodyNode.Text("link")));
        nodes.add(el("a", props("href", "data:text/html,<script>" + JS + "</script>"), new BodyNode.Text("data")));
        nodes.add(el("svg", Map.of(), el("script", Map.of(), new BodyNode.Text(JS))));
        nodes.add(el("iframe", props("srcdoc", "<script>parent." + JS + "</script>")));
        nodes.add(el("style", Map.of(), new BodyNode.Text("body{background:url(javascript:x)}")));
        nodes.add(el("img src=x onerror=" + JS, Map.of(), new BodyNode.Text("bad tag name")));
        nodes.add(el("div", props("x\" onmouseover=\"" + JS, "1"), new BodyNode.Text("bad attribute name")));
        nodes.add(el("div", props("title", "\"><script>" + JS + "</script>"), new BodyNode.Text("quoted")));
        nodes.add(el("p", Map.of(), new BodyNode.Text("</p><script>" + JS + "</script>")));
        nodes.add(el("object", props("data", "javascript:" + JS)));
        nodes.add(el("input", props("type", "image", "src", "x", "onfocus", JS, "autofocus", true)));
        nodes.add(el("input", props("type", "checkbox", "checked", true, "onclick", JS)));
        nodes.add(el("template", Map.of(), el("script", Map.of(), new BodyNode.Text(JS))));
        nodes.add(el("alert", props("onClick", JS), new BodyNode.Text("component")));
        nodes.add(el("a", props("xlink:href", "javascript:" + JS, "formAction", "javascript:" + JS),
                new BodyNode.Text("ns")));
        return nodes;
    }

    /** A page carrying every vector: in answers, question texts, titles, metadata, siblings and body. */
    static PageData page() {
        String evil = "\"><script>" + JS + "</script><img src=x onerror=" + JS + ">";
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) {
            questions.add(Question.of("q" + i, i % 2 == 0 ? "easy" : evil, i % 3 == 0 ? "Question " + i + " " + ANSWERS.get(i)
                    : "Question " + i, ANSWERS.get(i)));
        }
        questions.add(Question.of("\"><script>" + JS + "</script>", "easy", "Id attack", "answer"));
        Page page = Page.builder().title("XSS " + evil).framework("Fw" + evil).frameworkSlug("fw").topic("Topic" + evil)
                .topicSlug("topic").subtopic("Sub" + evil).difficulty(evil).updated(evil).seoDescription(evil)
                .path("/fw/topic/xss").body(Body.minimark(body(), null)).questions(questions).build();
        return PageData.of(page, List.of(Sibling.of("Sub" + evil, "/fw/topic/xss", 1),
                Sibling.of("Evil", "javascript:" + JS, 2), Sibling.of(evil, "/fw/topic/other\"><script>" + JS + "</script>", 3)));
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

    private XssVectors() {
    }
}
