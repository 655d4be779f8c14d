package dev.qakit.io.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Structure-aware jqwik generators: devalue payloads, YAML frontmatter, Markdown pages and HTML
 * pages that are mostly well formed, with the rare twists that break readers (dangling
 * references, special numbers, deep nesting, anchors and aliases, unclosed fences).
 */
public final class Generators {
    private Generators() {
    }

    /** JSON string literals, with escapes, control characters and lone surrogates. */
    public static Arbitrary<String> jsonString() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)
                .map(s -> s.replace("\\", "\\\\").replace("\"", "\\\""));
        Arbitrary<String> odd = Arbitraries.of("\\u0000", "\\ud800", "\\udc00x", "\\n", "\\\"", "\\/", "\\u2028", "é", "😀", "\\x",
                "\\u12", "</script>", "<!--", "__proto__", "constructor", "-1", "1e309", "\\t\\r");
        return Combinators.combine(plain, odd.list().ofMaxSize(2), Arbitraries.integers().between(0, 9))
                .as((p, o, k) -> "\"" + (k < 7 ? p : p + String.join("", o)) + "\"");
    }

    /** Devalue slots: references, special numbers, strings, arrays, objects and every tag. */
    public static Arbitrary<String> devalueSlot() {
        Arbitrary<String> ref = Arbitraries.integers().between(-8, 14).map(String::valueOf);
        Arbitrary<String> refs = ref.list().ofMaxSize(5).map(l -> String.join(",", l));
        Arbitrary<String> number = Arbitraries.of("0", "-0", "1.5", "1e308", "1e309", "-1e-400", "9007199254740993", "1e", "01",
                "0x10", "NaN", "12345678901234567890123456789", "-", "2E+2");
        Arbitrary<String> tagName = Arbitraries.of("Date", "RegExp", "Set", "Map", "BigInt", "null", "Object", "URL", "URLSearchParams",
                "ArrayBuffer", "DataView", "Uint8Array", "Float64Array", "BigInt64Array", "Int16Array", "Temporal.Instant",
                "Temporal.Duration", "Temporal.PlainDate", "Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef",
                "EmptyShallowRef", "NuxtError", "Island", "Unknown", "date", "");
        Arbitrary<String> tagArg = Arbitraries.oneOf(jsonString(), ref, Arbitraries.of("\"2024-01-01T00:00:00.000Z\"", "\"x\"",
                "\"AAEC\"", "\"abc\"", "\"g\"", "\"123\"", "\"-5\"", "\"https://x.test/a?b=1\"", "\"P1D\"", "\"\"", "\"@@\""));
        Arbitrary<String> tagged = Combinators.combine(tagName, tagArg.list().ofMaxSize(4))
                .as((t, args) -> "[\"" + t + "\"" + (args.isEmpty() ? "" : "," + String.join(",", args)) + "]");
        Arbitrary<String> array = refs.map(r -> "[" + r + "]");
        Arbitrary<String> sparse = Combinators.combine(Arbitraries.of("0", "3", "10", "4294967295", "4294967296", "-1", "1e9", "2.5"),
                ref.list().ofMaxSize(6)).as((len, kv) -> "[-7," + len + (kv.isEmpty() ? "" : "," + String.join(",", kv)) + "]");
        Arbitrary<String> key = Arbitraries.oneOf(jsonString(), Arbitraries.of("\"0\"", "\"1\"", "\"__proto__\"", "\"data\"", "\"page\"",
                "\"questions\"", "\"state\"", "\"path\""));
        Arbitrary<String> object = Combinators.combine(key, ref).as((k, v) -> k + ":" + v).list().ofMaxSize(4)
                .map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, ref), net.jqwik.api.Tuple.of(2, number), net.jqwik.api.Tuple.of(4, jsonString()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "false", "null", "[]", "{}", "\"\"")),
                net.jqwik.api.Tuple.of(4, array), net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(4, tagged),
                net.jqwik.api.Tuple.of(1, sparse));
    }

    /** Whole devalue payloads: a slot array, a bare special value, or a malformed text. */
    public static Arbitrary<String> devaluePayload() {
        Arbitrary<String> slots = devalueSlot().list().ofMinSize(1).ofMaxSize(14).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).map(d -> "[" + "[".repeat(d) + "]".repeat(d) + "]");
        Arbitrary<String> chain = Arbitraries.integers().between(1, 3000).map(n -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                sb.append('[').append(i + 1).append("],");
            }
            return sb.append("0]").toString();
        });
        Arbitrary<String> special = Arbitraries.of("-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "0", "[]", "", " ", "null", "\"x\"",
                "[-1]", "[[-7,3]]", "[\"a\",", "[1,2", "[[0]]", "[{\"a\":0}]", "[[\"Set\",0]]", "[[\"Map\",0,0]]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(14, slots), net.jqwik.api.Tuple.of(1, nested),
                net.jqwik.api.Tuple.of(1, chain), net.jqwik.api.Tuple.of(2, special));
    }

    /** YAML scalars: plain, quoted, block, tagged, anchored and aliased. */
    public static Arbitrary<String> yamlScalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(16),
                Arbitraries.of("~", "null", "true", "no", "on", "0x1F", "0o17", ".inf", "-.Inf", ".nan", "1e400", "2026-06-20",
                        "2026-06-20T10:00:00Z", "123456789012345678901234567890", "-0", "'single ''q'''", "\"dq \\u0000 \\x41 \\\"\"",
                        "\"\\ud800\"", "|\n  block\n  text", ">-\n  folded", "!!str 1", "!!int x", "!!binary AAEC", "!!set {a, b}",
                        "!!timestamp 2020-01-01", "!custom v", "*a", "&a v", "&a [1, 2]", "*missing", "[a, *a, {b: *a}]", "{", "[",
                        "]", "'unclosed", "\"unclosed", "@reserved", "`tick", "%TAG", "? complex", "<<: *a", "- - -", "\t", "easy",
                        "medium", "hard", "[q, a]"));
    }

    /** YAML frontmatter text (between the fences). */
    public static Arbitrary<String> yaml() {
        Arbitrary<String> key = Arbitraries.of("title", "description", "framework", "frameworkSlug", "topic", "topicSlug", "subtopic",
                "order", "difficulty", "updated", "seoDescription", "questions", "questionsCount", "related", "navigation", "seo", "qa",
                "x", "\"quoted key\"", "? [complex]", "<<", "a b", "-", "id", "q", "a");
        Arbitrary<String> question = Combinators.combine(yamlScalar(), yamlScalar(), yamlScalar(), yamlScalar())
                .as((id, d, q, a) -> "  - id: " + id + "\n    difficulty: " + d + "\n    q: " + q + "\n    a: " + a + "\n");
        Arbitrary<String> entry = Arbitraries.oneOf(
                Combinators.combine(key, yamlScalar()).as((k, v) -> k + ": " + v + "\n"),
                question.list().ofMaxSize(3).map(qs -> "questions:\n" + String.join("", qs)),
                Combinators.combine(key, yamlScalar().list().ofMaxSize(3)).as((k, l) -> k + ":\n" + l.stream()
                        .map(s -> "  - " + s + "\n").reduce("", String::concat)),
                Arbitraries.of("anchor: &a {x: 1}\nuse: *a\n", "base: &b\n  k: v\nmerged:\n  <<: *b\n", "seo: {title: t, description: d}\n",
                        "navigation: false\n", "navigation: {title: n}\n", "qa: {disable: [lint.x]}\n", "  bad indent: 1\n",
                        "dup: 1\ndup: 2\n", "---\n", "...\n", "%YAML 1.2\n", "# comment\n", "\t\n", "list: [1, [2, [3, [4]]]]\n",
                        "related: [a, b]\n", "order: 1.5\n", "order: -3\n", "questionsCount: x\n"));
        return entry.list().ofMaxSize(10).map(l -> String.join("", l));
    }

    /** Markdown bodies with Nuxt Content (MDC) syntax, raw HTML, fences and tables. */
    public static Arbitrary<String> markdownBody() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> block = Arbitraries.oneOf(
                word.list().ofMaxSize(6).map(l -> String.join(" ", l) + "\n\n"),
                Arbitraries.of("# Heading\n", "## Q {#id .cls}\n", "### `code` *em* **strong** ~~del~~\n", "```js\nlet x = 1\n```\n",
                        "```\nunclosed fence\n", "~~~py title=\"a.py\" {1,3}\nx\n~~~\n", "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
                        "| a |\n|---|\n| `x|y` | extra |\n", "- item\n  - nested\n    1. num\n", "> quote\n> > nested\n",
                        "<div class=\"x\">html</div>\n", "<script>alert(1)</script>\n", "<!-- comment\n", "[link](https://x.test \"t\")",
                        "![img](/a.png){width=10}", "::alert{type=\"info\"}\ntext\n::\n", ":::callout\n::nested\n::\n:::\n", "::unclosed\n",
                        ":inline-component{a=1}", "[span]{.cls}", "{{ $doc.title }}", "<br>", "&amp; &#x0; &#99999999;", "\\*escaped\\*",
                        "***\n", "---\n", "Setext\n===\n", "    indented code\n", "[ref]: https://x.test\n[ref]\n", "a  \nb\n", "\u0000",
                        "\uFEFF", "\r\n", "\t- tab\n", ":smile: :+1:", "<https://auto.link>", "www.x.test", "x".repeat(200) + "\n",
                        "[" .repeat(50) + "]".repeat(50), "*".repeat(60) + "a" + "*".repeat(60), "> ".repeat(60) + "deep\n",
                        "- ".repeat(60) + "deep\n", "::a\n".repeat(30) + "::\n".repeat(30)));
        return block.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** Whole Markdown pages: frontmatter (sometimes broken or unclosed) and a body. */
    public static Arbitrary<String> markdownPage() {
        Arbitrary<String> fenceOpen = Arbitraries.of("---\n", "---\n", "---\n", "--- \n", "---yaml\n", "----\n", "\uFEFF---\n", "---\r\n", "");
        Arbitrary<String> fenceClose = Arbitraries.of("---\n", "---\n", "---\n", "--- x\n", "----\n", "...\n", "", "---");
        return Combinators.combine(fenceOpen, yaml(), fenceClose, markdownBody()).as((o, y, c, b) -> o + y + c + b);
    }

    /** HTML pages carrying a Nuxt payload script (or not), in many spellings. */
    public static Arbitrary<String> nuxtHtml() {
        Arbitrary<String> attrs = Arbitraries.of(" type=\"application/json\" id=\"__NUXT_DATA__\"",
                " type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\"",
                " type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"false\" id=\"__NUXT_DATA__\" data-src=\"/x/_payload.json\"",
                " id=__NUXT_DATA__", " type=application/json data-nuxt-data", " id=\"__NUXT_DATA__\" data-src=\"?x\"",
                " id=\"__NUXT_DATA__\" data-src=\"//evil/../_payload.json\"", "", " type=\"module\"");
        Arbitrary<String> content = Arbitraries.oneOf(devaluePayload(),
                Arbitraries.of("window.__NUXT__={}", "window.__NUXT__=(function(a){return {}}(1))", "export default {}",
                        "__NUXT_JSONP__(\"/\", {})", "", "<!--", "]]>", "</scr", "<\\/script>"));
        Arbitrary<String> script = Combinators.combine(attrs, content).as((a, c) -> "<script" + a + ">" + c + "</script>");
        Arbitrary<String> noise = Arbitraries.of("<div id=\"__nuxt\"><p>x</p></div>", "<!-- <script id=\"__NUXT_DATA__\">[1]</script> -->",
                "<template><script id=\"__NUXT_DATA__\">[0]</script></template>", "<noscript></noscript>", "<p>unclosed",
                "<script>", "</script>", "<![CDATA[x]]>", "<svg><script id=\"__NUXT_DATA__\">[\"svg\"]</script></svg>", "&lt;", "\u0000",
                "<meta charset=\"utf-8\">", "<textarea><script id=\"__NUXT_DATA__\">[2]</script></textarea>");
        return Combinators.combine(Arbitraries.of("<!DOCTYPE html>", "", "  \n", "<html><head>"), noise.list().ofMaxSize(3),
                script.list().ofMaxSize(3), noise.list().ofMaxSize(2)).as((d, n1, s, n2) ->
                d + String.join("", n1) + String.join("", s) + String.join("", n2) + "</body></html>");
    }

    /** Random bytes, for good measure. */
    public static Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(64);
    }

    /** Tokens of devalue text, for mutations. */
    public static final List<String> DEVALUE_TOKENS = List.of("-1", "-2", "-3", "-4", "-5", "-6", "-7", "[-7,5,1,0]", "1e999", "\"Date\"",
            "[\"Set\",0]", "[\"Map\",0,0]", "[\"Reactive\",0]", "[\"ShallowReactive\",1]", "[\"BigInt\",\"1\"]", "[\"null\"]", "[\"Object\",0]",
            "\"__proto__\"", "[[[[", "]]]]", "{\"a\":0}", "\\ud800", "999999999", "0", "[0]", "null", ",", "\"");

    /** Tokens of YAML, for mutations. */
    public static final List<String> YAML_TOKENS = List.of("&a ", "*a", "<<: *a", "---\n", "...\n", "? ", "!!binary ", "!!set ", "!foo ",
            "|\n", ">-\n", "- ", ": ", "\n  ", "\t", "'", "\"", "[", "]", "{", "}", "#", "%YAML 1.1\n", "~", ".nan", "0x", "\\u");

    /** Tokens of Markdown with MDC, for mutations. */
    public static final List<String> MARKDOWN_TOKENS = List.of("\n---\n", "```", "~~~", "::", ":::", "{", "}", "[", "](", ")", "<script>",
            "</div>", "<!--", "|", "|---|", "> ", "- ", "1. ", "# ", "*", "**", "`", "\\", "&#", "\n\n", "    ", ":smile:", "<<: *a");

    /** Tokens of HTML with payload scripts, for mutations. */
    public static final List<String> HTML_TOKENS = List.of("<script", "</script>", " id=\"__NUXT_DATA__\"", " data-src=\"/_payload.json\"",
            " data-nuxt-data", " type=\"application/json\"", "<!--", "-->", "<![CDATA[", "]]>", "<template>", "<svg>", "&quot;", "\"",
            "window.__NUXT__=", "[", "]", "-1", "{", "}");
}
