package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.NodeProcess;
import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Differential fuzzing against the reference: mutated and generated devalue payloads go through
 * the real {@code devalue.parse} (6.0.3, pinned in {@code src/test/node}) and through the Java
 * decoder. A payload devalue accepts must decode here without an error; those that do not are
 * written to {@code target/fuzz-findings/devalue-differential/} and listed.
 *
 * <p>Runs in the {@code fuzz} profile ({@code qakit.fuzz.differential=true}) on a tenth of
 * {@code qakit.fuzz.inputs}; needs node and npm, and is skipped, saying why, without them.
 */
class DevalueDifferentialTest {
    private static final Path SCRIPT_DIR = Path.of("src", "test", "node");
    private static final Path WORK_DIR = Path.of("target", "node-interop");
    private static final DevalueCodec CURRENT = DevalueCodec.builder().tags(NuxtTags.all()).build();
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Where the decoder is deliberately stricter than {@code devalue.parse}, on forms devalue
     * itself never writes: a tag with more than its one operand ({@code devalue.bad-arity}), a
     * Date whose operand is not its ISO text ({@code devalue.bad-operand}), a negative reference
     * that names no special value ({@code devalue.bad-reference}). Such payloads are counted and
     * printed, not failures; any other rejection of what devalue accepts is.
     */
    private static final java.util.Set<String> STRICTER_BY_DESIGN = java.util.Set.of("devalue.bad-arity", "devalue.bad-operand",
            "devalue.bad-reference");

    @Test
    void payloadsDevalueAcceptsDecodeWithoutErrors() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("qakit.fuzz.differential"), "differential fuzzing runs in the fuzz profile");
        Assumptions.assumeTrue(NodeProcess.nodeRuns(), "node is not installed");
        Files.createDirectories(WORK_DIR);
        for (String f : List.of("package.json", "package-lock.json", "accepts.mjs")) {
            Files.copy(SCRIPT_DIR.resolve(f), WORK_DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK_DIR.resolve("node_modules/devalue-6"))) {
            NodeProcess.Result install = NodeProcess.run(WORK_DIR, true, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            Assumptions.assumeTrue(install.code() == 0, () -> "npm ci failed: " + install.output());
        }

        int count = Math.max(1000, Fuzz.inputs() / 10);
        Mutator m = new Mutator(Seeds.devaluePayloads(), Generators.DEVALUE_TOKENS, Fuzz.seed() ^ 0x5EED, 2048);
        Iterator<String> generated = Seeds.samples(Generators.devaluePayload(), Fuzz.seed() ^ 0x5EED);
        List<String> payloads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            payloads.add(i % 2 == 0 ? new String(m.input(i), StandardCharsets.UTF_8) : generated.next());
        }
        List<Boolean> accepted = new ArrayList<>(count);
        int batch = 20_000;
        for (int from = 0; from < count; from += batch) {
            accepted.addAll(accepts(payloads.subList(from, Math.min(count, from + batch))));
        }
        assertThat(accepted).hasSize(count);

        Map<String, String> disagreements = new LinkedHashMap<>();
        Map<String, Integer> stricter = new java.util.TreeMap<>();
        int both = 0;
        for (int i = 0; i < count; i++) {
            if (!accepted.get(i)) {
                continue;
            }
            String payload = payloads.get(i);
            ReadResult<Object> r = CURRENT.read(payload.getBytes(StandardCharsets.UTF_8), "differential.json");
            Fuzz.checkContract(r);
            if (!r.hasErrors()) {
                both++;
                continue;
            }
            Problem first = r.problems().stream().filter(p -> p.severity() == dev.qakit.model.problem.Severity.ERROR).findFirst()
                    .orElseThrow();
            if (STRICTER_BY_DESIGN.contains(first.ruleId())) {
                stricter.merge(first.ruleId(), 1, Integer::sum);
                continue;
            }
            disagreements.computeIfAbsent(first.ruleId(), k -> save(payload) + ": " + first.message());
        }
        System.out.println("devalue-differential: rejected on purpose (stricter than devalue.parse): " + stricter);
        System.out.println("devalue-differential: seed " + Fuzz.seed() + ", " + count + " payloads, " + accepted.stream().filter(b -> b)
                .count() + " accepted by devalue.parse, " + both + " of them decoded without error");
        assertThat(disagreements).as("payloads devalue.parse accepts that the Java decoder rejects, by first rule id").isEmpty();
    }

    private static List<Boolean> accepts(List<String> payloads) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartArray();
            for (String p : payloads) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        Path file = WORK_DIR.resolve("payloads.json");
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        NodeProcess.Result r = NodeProcess.run(WORK_DIR, false, "node", "--stack-size=4000", "accepts.mjs", "payloads.json");
        assertThat(r.code()).as("node accepts.mjs: %s", r.output().length() > 500 ? r.output().substring(0, 500) : r.output()).isZero();
        List<Boolean> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), r.output())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                out.add(t == JsonToken.VALUE_TRUE);
            }
        }
        return out;
    }

    private static String save(String payload) {
        try {
            Path dir = Path.of("target", "fuzz-findings", "devalue-differential");
            Files.createDirectories(dir);
            Path f = dir.resolve("accepted-by-devalue-" + Integer.toHexString(payload.hashCode()));
            Files.writeString(f, payload, StandardCharsets.UTF_8);
            return f.toString();
        } catch (IOException e) {
            return payload.length() > 200 ? payload.substring(0, 200) : payload;
        }
    }

}
