package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DevalueCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path payload() throws Exception {
        return Path.of(DevalueCommandTest.class.getResource("/devalue/async-basics.payload.json").toURI());
    }

    @Test
    void decodePrintsThePageAsCanonicalJson() throws Exception {
        Run r = run("devalue", "decode", payload().toString());
        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).startsWith("{\n  \"data\": {\n    \"$type\": \"tag\",\n    \"name\": \"ShallowReactive\",")
                .contains("\"qa-/fastapi/fundamentals/async-basics\": {", "\"title\": \"Async Basics\"", "\"id\": \"what-is-async-await\"");
        Run compact = run("devalue", "decode", "--compact", payload().toString());
        assertThat(compact.out).startsWith("{\"data\":{\"$type\":\"tag\",\"name\":\"ShallowReactive\",\"value\":{").endsWith("}\n");
        assertThat(compact.out.lines()).hasSize(1);
    }

    @Test
    void encodeTurnsCanonicalJsonBackIntoAPayloadThatDecodesTheSame(@TempDir Path dir) throws Exception {
        Run decoded = run("devalue", "decode", "--compact", payload().toString());
        Path canonical = dir.resolve("page.json");
        Files.writeString(canonical, decoded.out, StandardCharsets.UTF_8);
        Run encoded = run("devalue", "encode", canonical.toString());
        assertThat(encoded.code).isZero();
        // the bytes devalue wrote, but for the escape Nuxt writes for every '/' afterwards
        assertThat(encoded.out.strip()).isEqualTo(Files.readString(payload(), StandardCharsets.UTF_8).strip().replace("\\u002F", "/"));
        Path payload = dir.resolve("_payload.json");
        Files.writeString(payload, encoded.out, StandardCharsets.UTF_8);
        assertThat(run("devalue", "decode", "--compact", payload.toString()).out).isEqualTo(decoded.out);
    }

    @Test
    void standardInputIsRead() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("[{\"a\":1},[\"Ref\",2],-0.5]".getBytes(StandardCharsets.UTF_8)));
            Run r = run("devalue", "decode", "--compact", "-");
            assertThat(r.out).isEqualTo("{\"a\":{\"$type\":\"tag\",\"name\":\"Ref\",\"value\":-0.5}}\n");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badContentExitsOneWithTheLocationAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"a\":1},\n  [1, 7]]");
        Run r = run("devalue", "decode", bad.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEqualTo(bad.toString().replace('\\', '/') + ":2:7: error: reference 7 is out of range: the payload has 2 slots"
                + " [devalue.bad-reference]" + System.lineSeparator());
        Path tag = dir.resolve("tag.json");
        Files.writeString(tag, "[[\"Pinia\",1],2]");
        assertThat(run("devalue", "decode", tag.toString()).err).contains(":1:3: error: unknown tag 'Pinia'");
        assertThat(run("devalue", "decode", "--keep-unknown-tags", "--compact", tag.toString()).out)
                .isEqualTo("{\"$type\":\"tag\",\"name\":\"Pinia\",\"value\":2}\n");
        Path canonical = dir.resolve("c.json");
        Files.writeString(canonical, "{\"$type\":\"bogus\"}");
        Run e = run("devalue", "encode", canonical.toString());
        assertThat(e.code).isEqualTo(1);
        assertThat(e.err).contains(":1:1: error: unknown '$type' 'bogus' [devalue.canonical-value]").doesNotContain("Exception");
    }

    @Test
    void usageAndIoErrorsExitTwo(@TempDir Path dir) {
        assertThat(run("devalue").code).isEqualTo(2);
        assertThat(run("devalue", "decode").code).isEqualTo(2);
        Run missing = run("devalue", "decode", dir.resolve("none.json").toString());
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).startsWith("qa: no such file: ");
    }
}
