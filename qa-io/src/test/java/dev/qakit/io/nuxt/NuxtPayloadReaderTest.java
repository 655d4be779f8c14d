package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.JsDate;
import dev.qakit.io.devalue.JsMap;
import dev.qakit.io.devalue.JsRegExp;
import dev.qakit.io.devalue.JsSet;
import dev.qakit.io.devalue.NullProtoObject;
import dev.qakit.io.devalue.NuxtError;
import dev.qakit.io.devalue.SparseArray;
import dev.qakit.io.devalue.Tagged;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.model.Body;
import dev.qakit.model.JsonNull;
import dev.qakit.model.PageData;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.ContentException;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuxtPayloadReaderTest {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().reviver("SemVer", v -> "v" + v).build();

    @TempDir
    Path tmp;

    private static NuxtPayload read(String variant, String route) throws IOException {
        ReadResult<NuxtPayload> r = READER.read(Corpus.page(variant, route));
        assertThat(r.problems()).isEmpty();
        return r.orThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void theSeed() throws IOException {
        ReadResult<NuxtPayload> r = READER.read(TestJson.resource("nuxt/seed/async-basics._payload.json"));
        assertThat(r.problems()).isEmpty();
        NuxtPayload p = r.orThrow();
        assertThat(p.data()).containsOnlyKeys("qa-/fastapi/fundamentals/async-basics");
        assertThat(p.prerenderedAt()).isPresent();
        PageData d = p.pages().get(0);
        assertThat(d.page().title()).isEqualTo("Async Basics");
        assertThat(d.page().questions()).hasSize(15);
        assertThat(d.page().questions().get(0).id()).isEqualTo("what-is-async-await");
        assertThat(d.page().seo().title()).isNull();
        assertThat(d.page().seo().description()).isEmpty();
        assertThat(d.siblings()).extracting(s -> s.path()).contains("/fastapi/fundamentals/async-basics");
        assertThat(d.blog()).isEqualTo(JsonNull.INSTANCE);
        SourceLocation a = ((DataEntry.QuestionPage) p.entries().get(0)).sourceMap().locate("/page/questions/2/a");
        assertThat(a.source()).endsWith("async-basics._payload.json");
        assertThat(a.line()).isEqualTo(1);
        assertThat(a.column()).isGreaterThan(1);
    }

    @Test
    void extrasTypesAreTypedValues() throws IOException {
        for (String variant : List.of("extracted", "inline", "client")) {
            NuxtPayload p = read(variant, "/extras/types");
            Map<String, Object> t = map(p.data().get("qa-types"));
            assertThat(t.get("generatedAt")).isEqualTo(new JsDate("2026-06-20T12:00:00.000Z"));
            assertThat(t.get("invalidDate")).isEqualTo(JsDate.INVALID);
            assertThat(((JsSet) t.get("tags")).values()).containsExactly("python", "async");
            assertThat(((JsMap) t.get("counts")).keys()).hasSize(3).startsWith("easy", "medium");
            assertThat(t.get("missing")).isEqualTo(Undefined.INSTANCE);
            assertThat((Double) t.get("ratio")).isEqualTo(-0.0).satisfies(d -> assertThat(1 / d).isNegative());
            assertThat((Double) t.get("notANumber")).isNaN();
            assertThat(t.get("inf")).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(t.get("big")).isEqualTo(new BigInteger("12345678901234567890"));
            assertThat(t.get("negBig")).isEqualTo(BigInteger.valueOf(-42));
            assertThat(t.get("pattern")).isEqualTo(new JsRegExp("^[a-z0-9-]+$", "gi"));
            assertThat(((SparseArray) t.get("sparse")).length()).isEqualTo(5);
            assertThat(t.get("sharedA")).isSameAs(t.get("sharedB"));
            Map<String, Object> cyclic = map(t.get("cyclic"));
            assertThat(cyclic.get("self")).isSameAs(cyclic);
            assertThat(t.get("version")).isEqualTo("v4.5.2");
            assertThat(map(t.get("strings")).get("html")).isEqualTo("</script><script>alert(1)</script>");
        }
    }

    @Test
    void extrasReactivityIsUnwrapped() throws IOException {
        NuxtPayload p = read("inline", "/extras/reactivity");
        Map<String, Object> r = map(p.data().get("qa-reactivity"));
        assertThat(r.get("counter")).isEqualTo(7.0);
        assertThat(r.get("label")).isEqualTo("shallow text");
        assertThat(r.get("list")).isEqualTo(List.of(1.0, 2.0, 3.0));
        assertThat(r.get("nullRef")).isEqualTo(JsonNull.INSTANCE);
        assertThat(r.get("falseRef")).isEqualTo(false);
        assertThat(r.get("zeroRef")).isEqualTo(0.0);
        assertThat(r.get("emptyStringRef")).isEqualTo("");
        assertThat(r.get("undefinedRef")).isEqualTo(Undefined.INSTANCE);
        assertThat(r.get("zeroBigRef")).isEqualTo(BigInteger.ZERO);
        assertThat(r.get("refOfRef")).isEqualTo(Map.of("inner", "nested ref"));
        assertThat(r.get("reactiveArray")).isEqualTo(List.of(Map.of("id", "a"), Map.of("id", "b")));
        assertThat(p.state()).containsEntry("$svisits", 43.0);
        assertThat(p.once()).containsExactly("qa-reactivity-once");
        assertThat(p.root().get("state")).isInstanceOf(Tagged.class);
        assertThat(p.extra()).containsKey("pinia");
    }

    @Test
    void extrasErrorsAreNuxtErrors() throws IOException {
        for (String variant : List.of("extracted", "inline")) {
            NuxtPayload p = read(variant, "/extras/errors");
            assertThat(p.data()).containsOnlyKeys("qa-errors-ok", "qa-errors-null");
            assertThat(p.data().get("qa-errors-null")).isEqualTo(JsonNull.INSTANCE);
            NuxtError gone = (NuxtError) p.errors().get("qa-errors-gone");
            assertThat(gone.statusCode()).hasValue(410);
            assertThat(gone.message()).contains("This question set was retired");
            assertThat(gone.statusMessage()).contains("Gone");
            assertThat(((NuxtError) p.errors().get("qa-errors-plain")).statusCode()).hasValue(500);
            assertThat(p.errors().get("qa-errors-ok")).isEqualTo(Undefined.INSTANCE);
            assertThat(p.entries()).allMatch(e -> e instanceof DataEntry.Raw);
        }
    }

    @Test
    void errorPagesHaveAPageLevelError() throws IOException {
        NuxtPayload p = read("extracted", "/errors/gone");
        NullProtoObject error = (NullProtoObject) p.error().orElseThrow();
        assertThat(error.members()).containsEntry("statusCode", 410.0).containsEntry("error", "true");
        assertThat(p.prerenderedAt()).isEmpty();
        assertThat(p.data()).isEmpty();
    }

    @Test
    void theHomePageHasRawEntries() throws IOException {
        NuxtPayload p = read("extracted", "/");
        assertThat(p.entries()).allMatch(e -> e instanceof DataEntry.Raw);
        assertThat(p.data().keySet()).first().isEqualTo("qa-index");
        assertThat((List<?>) p.data().get("qa-index")).hasSize(19);
    }

    @Test
    void mdcCachesAreRawBesideThePage() throws IOException {
        NuxtPayload p = read("extracted", "/react/hooks/use-state");
        assertThat(p.pages()).hasSize(1);
        assertThat(p.entries()).filteredOn(e -> e.key().startsWith("mdc-")).hasSize(8).allMatch(e -> e instanceof DataEntry.Raw);
    }

    @Test
    void contentTwoPagesLoad() throws IOException {
        for (String route : List.of("/fastapi/fundamentals/async-basics", "/go/concurrency", "/react/rendering/reconciliation")) {
            NuxtPayload p = read("content-v2", route);
            PageData d = p.pages().get(0);
            assertThat(d.page().body().type()).isEqualTo(Body.ROOT);
            assertThat(d.page().extra()).containsEntry("_path", route);
        }
        assertThat(read("content-v2", "/extras/errors").errors().get("qa-errors-ok")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void javaScriptPayloadsAreReportedByForm() throws IOException {
        Path html = Corpus.page("jspayload", "/go/concurrency");
        ReadResult<NuxtPayload> r = READER.read(html);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.ruleId()).isEqualTo("nuxt.javascript-payload");
        assertThat(p.message()).isEqualTo("JavaScript payload (import of a _payload.js module) is not supported: it is written by"
                + " Nuxt 2, Nuxt < 3.5 or with experimental.renderJsonPayloads: false; expected a JSON payload"
                + " (<script type=\"application/json\" id=\"__NUXT_DATA__\"> or a _payload.json)");
        assertThat(p.location().source()).isEqualTo(NuxtPayloadReader.sourceName(html));
        assertThat(p.location().line()).isPositive();
        ReadResult<NuxtPayload> js = READER.read(html.resolveSibling("_payload.js"));
        assertThat(js.problems()).extracting(Problem::ruleId, q -> q.location().line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nuxt.javascript-payload", 1));
        assertThat(js.problems().get(0).message()).startsWith("JavaScript payload (export default …) is not supported");
    }

    @Test
    void aMissingScript() throws IOException {
        Path f = Files.writeString(tmp.resolve("index.html"), "<html><body><p>hi</p></body></html>");
        ReadResult<NuxtPayload> r = READER.read(f);
        assertThat(r.problems()).containsExactly(Problem.error("nuxt.no-payload-script",
                "the page has no payload: expected a <script type=\"application/json\" id=\"__NUXT_DATA__\"> (or data-nuxt-data) element",
                SourceLocation.of(NuxtPayloadReader.sourceName(f))));
        assertThatThrownBy(r::orThrow).isInstanceOf(ContentException.class);
    }

    @Test
    void brokenJsonInTheScriptIsLocatedInThePage() throws IOException {
        Path f = Files.writeString(tmp.resolve("index.html"), "<html><body>\n<p>x</p><script type=\"application/json\""
                + " id=\"__NUXT_DATA__\">[{\"data\":1},{\"a\":]</script></body></html>");
        ReadResult<NuxtPayload> r = READER.read(f);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).isNotEmpty();
        Problem p = r.problems().get(0);
        assertThat(p.ruleId()).startsWith("devalue.");
        assertThat(p.location().source()).isEqualTo(NuxtPayloadReader.sourceName(f));
        assertThat(p.location().line()).isEqualTo(2);
        assertThat(p.location().column()).isGreaterThan("<p>x</p><script type=\"application/json\" id=\"__NUXT_DATA__\">".length());
    }

    @Test
    void aMissingPayloadHalf() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("site/a"));
        String html = "<html><body><script type=\"application/json\" id=\"__NUXT_DATA__\" data-src=\"/a/_payload.json?_b=1\">"
                + "[{\"path\":1,\"prerenderedAt\":2},\"/a\",5]</script></body></html>";
        Path f = Files.writeString(dir.resolve("index.html"), html);
        ReadResult<NuxtPayload> r = READER.read(f);
        assertThat(r.problems()).containsExactly(Problem.error("nuxt.missing-payload-file",
                "the page's data-src names '/a/_payload.json?_b=1', but '" + NuxtPayloadReader.sourceName(dir.resolve("_payload.json"))
                        + "' does not exist; the page's async data is missing",
                SourceLocation.at(NuxtPayloadReader.sourceName(f), 1, html.indexOf("[{") + 1)));
        assertThat(r.value().orElseThrow().path()).contains("/a");
    }

    @Test
    void contradictingHalves() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("site/a"));
        Files.writeString(dir.resolve("index.html"), "<html><body><script type=\"application/json\" id=\"__NUXT_DATA__\""
                + " data-src=\"/a/_payload.json\">[{\"path\":1,\"prerenderedAt\":2},\"/a\",1795542984877]</script></body></html>");
        Files.writeString(dir.resolve("_payload.json"), "[{\"data\":1,\"prerenderedAt\":2},{},1795542000000]");
        ReadResult<NuxtPayload> r = READER.readHtml(dir.resolve("index.html"), tmp.resolve("site"));
        assertThat(r.problems()).extracting(Problem::ruleId, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "nuxt.split-mismatch", "the page's payload says prerenderedAt the number 1795542984877 but its _payload.json half ("
                        + NuxtPayloadReader.sourceName(dir.resolve("_payload.json")) + ") says the number 1795542000000"));
        assertThat(r.value().orElseThrow().prerenderedAt()).contains(1795542000000L);
    }

    @Test
    void halvesRenderedAFewMillisecondsApartAgree() throws IOException {
        // the corpus's /search: the page and its _payload.json were rendered 1 ms apart
        ReadResult<NuxtPayload> r = READER.read(Corpus.page("extracted", "/search"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.orThrow().prerenderedAt()).contains(1795542984878L);
    }

    @Test
    void contradictingPaths() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("site/a"));
        Files.writeString(dir.resolve("index.html"), "<html><body><script type=\"application/json\" id=\"__NUXT_DATA__\""
                + " data-src=\"/a/_payload.json\">[{\"path\":1},\"/a\"]</script></body></html>");
        Files.writeString(dir.resolve("_payload.json"), "[{\"data\":1,\"path\":2},{},\"/b\"]");
        assertThat(READER.read(dir.resolve("index.html")).problems()).extracting(Problem::ruleId, p -> p.location().pointer())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nuxt.split-mismatch", "/path@1"));
    }

    @Test
    void wrongRootMemberTypes() {
        ReadResult<NuxtPayload> r = READER.readPayload("[{\"data\":1,\"path\":2},[2],7]", "p.json");
        assertThat(r.problems()).extracting(Problem::message, p -> p.location().pointer()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("payload member 'data' must be an object, found an array", "/data@1"),
                org.assertj.core.groups.Tuple.tuple("payload member 'path' must be a string, found the number 7", "/path@2"));
        assertThat(r.value().orElseThrow().extra()).containsKeys("data", "path");
    }

    @Test
    void aRootThatIsNotAnObject() {
        ReadResult<NuxtPayload> r = READER.readPayload("[[1],2]", "p.json");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::ruleId, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nuxt.bad-root", "a Nuxt payload's root must be an object, found an array"));
    }

    @Test
    void unknownTagsAreErrorsByDefaultAndWarningsOnRequest() throws IOException {
        Path page = Corpus.page("inline", "/extras/types");
        ReadResult<NuxtPayload> strict = NuxtPayloadReader.builder().build().read(page);
        assertThat(strict.problems()).isNotEmpty().allMatch(Problem::isError);
        assertThat(strict.problems().get(0).message()).contains("SemVer");
        ReadResult<NuxtPayload> warn = NuxtPayloadReader.builder().unknownTags(UnknownTagPolicy.WARN).build().read(page);
        assertThat(warn.problems()).extracting(Problem::ruleId, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "nuxt.unknown-tag", "unknown payload tag 'SemVer' kept as an opaque value; register a reviver for it to read it"));
        Tagged version = (Tagged) map(warn.orThrow().data().get("qa-types")).get("version");
        assertThat(version.tag()).isEqualTo("SemVer");
        assertThat(version.value()).isEqualTo("4.5.2");
    }

    @Test
    void theBuilderCopiesAndDerives() throws IOException {
        NuxtPayloadReader.Builder b = NuxtPayloadReader.builder().maxFileBytes(10);
        NuxtPayloadReader small = b.build();
        assertThat(small.readPayload("[{\"data\":1},{}]", "p").problems()).isEmpty();
        assertThatThrownBy(() -> b.maxFileBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFileBytes must be at least 1, got 0");
        assertThat(small.toBuilder().build().read(TestJson.resource("nuxt/seed/async-basics._payload.json")).problems())
                .extracting(Problem::ruleId).containsExactly("nuxt.limit.file-size");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAndReadOn() throws IOException {
        Path f = tmp.resolve("_payload.json");
        byte[] text = "[{\"path\":1},\"/caf\u00e9\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(text, text.length);
        bad[bad.length - 3] = (byte) 0xff; // the first byte of é
        Files.write(f, bad);
        ReadResult<NuxtPayload> r = READER.read(f);
        assertThat(r.problems()).extracting(Problem::ruleId, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "nuxt.encoding", "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD"));
        assertThat(r.value().orElseThrow().path()).contains("/caf\uFFFD\uFFFD");
    }
}
