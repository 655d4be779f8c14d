package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a payload's bytes gives what reading its text gives: the same records, problems and locations. */
class PayloadBytesReadAsTextTest {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().reviver("SemVer", v -> "v" + v).build();
    private static final List<String> POINTERS = List.of("", "/page", "/page/title", "/page/questions/0/a",
            "/page/questions/2/q", "/siblings/0/path", "/page/body/value/0", "/page/nope");

    @TempDir
    Path tmp;

    static Stream<Path> payloads() throws IOException {
        Path root = TestJson.resource("nuxt/generated");
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(f -> f.getFileName().toString().endsWith("_payload.json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void sameRecordsProblemsAndLocations(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ReadResult<NuxtPayload> fromBytes = READER.readPayload(bytes, "p.json");
        ReadResult<NuxtPayload> fromText = READER.readPayload(new String(bytes, StandardCharsets.UTF_8), "p.json");
        assertSame(fromBytes, fromText);
    }

    @Test
    void aBrokenPayloadIsLocatedInCharactersAfterMultiByteText() {
        String text = "[{\"path\":1},\n\"/caf\u00e9 \ud83d\ude00\", {\"a\":]";
        ReadResult<NuxtPayload> fromBytes = READER.readPayload(text.getBytes(StandardCharsets.UTF_8), "p.json");
        ReadResult<NuxtPayload> fromText = READER.readPayload(text, "p.json");
        assertThat(fromBytes.problems()).hasSize(1).isEqualTo(fromText.problems());
        assertThat(fromBytes.problems().get(0).location().line()).isEqualTo(2);
        assertThat(fromBytes.problems().get(0).location().column()).isEqualTo(text.length() - text.indexOf('\n') - 1);
    }

    @Test
    void aTypeMismatchIsLocatedAtItsSlot() {
        String text = "[{\"data\":1},{\"qa\":2},{\"page\":3},{\"title\":4,\"order\":5},\"Caf\u00e9\",\"x\"]";
        ReadResult<NuxtPayload> fromBytes = READER.readPayload(text.getBytes(StandardCharsets.UTF_8), "p.json");
        assertThat(fromBytes.problems()).extracting(Problem::ruleId, p -> p.location())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page.order-type",
                        new SourceLocation("p.json", 1, text.indexOf("\"x\"") + 1, "/data/qa/page/order@5")));
        assertSame(fromBytes, READER.readPayload(text, "p.json"));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        String text = "\ufeff[{\"path\":1},\"/caf\u00e9\",{\"a\":]";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadResult<NuxtPayload> fromBytes = READER.readPayload(bytes, "p.json");
        assertThat(fromBytes.problems()).isEqualTo(READER.readPayload(text.substring(1), "p.json").problems());
        Path f = Files.write(tmp.resolve("_payload.json"), bytes);
        assertThat(READER.read(f).problems()).extracting(p -> p.location().column())
                .containsExactly(fromBytes.problems().get(0).location().column());
        byte[] good = "\ufeff[{\"path\":1},\"/a\"]".getBytes(StandardCharsets.UTF_8);
        assertThat(READER.readPayload(good, "p.json").orThrow().path()).contains("/a");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAndReadOn() {
        byte[] text = "[{\"path\":1},\"/caf\u00e9\"]".getBytes(StandardCharsets.UTF_8);
        text[text.length - 3] = (byte) 0xC0; // an overlong lead, which a lenient decoder would accept
        ReadResult<NuxtPayload> r = READER.readPayload(text, "p.json");
        assertThat(r.problems()).extracting(Problem::ruleId).containsExactly(NuxtPayloadReader.ENCODING);
        assertThat(r.value().orElseThrow().path()).contains("/caf\uFFFD\uFFFD");
    }

    @Test
    void aStreamIsReadToItsEndWithinTheLimit() throws IOException {
        byte[] text = "[{\"path\":1},\"/caf\u00e9\"]".getBytes(StandardCharsets.UTF_8);
        assertThat(READER.readPayload(new ByteArrayInputStream(text), "in").orThrow().path()).contains("/caf\u00e9");
        NuxtPayloadReader small = READER.toBuilder().maxFileBytes(text.length - 1).build();
        assertThat(small.readPayload(new ByteArrayInputStream(text), "in").problems()).extracting(Problem::ruleId)
                .containsExactly(NuxtPayloadReader.FILE_TOO_LARGE);
        NuxtPayloadReader exact = READER.toBuilder().maxFileBytes(text.length).build();
        assertThat(exact.readPayload(new ByteArrayInputStream(text), "in").problems()).isEmpty();
    }

    @Test
    void warningsForUnknownTagsAreTheSameFromBytesAndText() {
        NuxtPayloadReader warn = NuxtPayloadReader.builder().unknownTags(UnknownTagPolicy.WARN).build();
        String tagged = "[{\"path\":1,\"v\":2},\"/a\",[\"SemVer\",3],\"1.2.3\"]";
        for (ReadResult<NuxtPayload> r : List.of(warn.readPayload(tagged, "p.json"),
                warn.readPayload(tagged.getBytes(StandardCharsets.UTF_8), "p.json"))) {
            assertThat(r.problems()).containsExactly(Problem.warning("nuxt.unknown-tag",
                    "unknown payload tag 'SemVer' kept as an opaque value; register a reviver for it to read it",
                    new SourceLocation("p.json", 1, tagged.indexOf("[\"SemVer") + 1, "@2")));
            dev.qakit.io.devalue.Tagged v = (dev.qakit.io.devalue.Tagged) r.value().orElseThrow().extra().get("v");
            assertThat(v.tag()).isEqualTo("SemVer");
            assertThat(v.value()).isEqualTo("1.2.3");
        }
        String plain = "[{\"path\":1},\"/a\"]";
        assertThat(warn.readPayload(plain.getBytes(StandardCharsets.UTF_8), "p.json").problems()).isEmpty();
        // an unknown tag before a bad reference: the tag is kept, the reference reported, as by a lenient decoding alone
        String both = "[{\"v\":1,\"w\":3},[\"SemVer\",2],\"1.2.3\",[9]]";
        assertThat(warn.readPayload(both, "p.json").problems()).extracting(Problem::ruleId).containsExactly("devalue.bad-reference");
        assertSame(warn.readPayload(both.getBytes(StandardCharsets.UTF_8), "p.json"), warn.readPayload(both, "p.json"));
    }

    private static void assertSame(ReadResult<NuxtPayload> fromBytes, ReadResult<NuxtPayload> fromText) {
        assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
        assertThat(fromBytes.value().isPresent()).isEqualTo(fromText.value().isPresent());
        for (String pointer : List.of("", "/data", "/path", "/state")) {
            assertThat(fromBytes.sourceMap().locate(pointer)).isEqualTo(fromText.sourceMap().locate(pointer));
        }
        if (fromBytes.value().isEmpty()) {
            return;
        }
        NuxtPayload a = fromBytes.value().orElseThrow();
        NuxtPayload b = fromText.value().orElseThrow();
        assertThat(a.pages()).isEqualTo(b.pages());
        assertThat(a.entries()).hasSameSizeAs(b.entries());
        for (int i = 0; i < a.entries().size(); i++) {
            if (a.entries().get(i) instanceof DataEntry.QuestionPage qa) {
                DataEntry.QuestionPage qb = (DataEntry.QuestionPage) b.entries().get(i);
                for (String pointer : POINTERS) {
                    assertThat(qa.sourceMap().locate(pointer)).as(pointer).isEqualTo(qb.sourceMap().locate(pointer));
                }
            }
        }
    }
}
