package dev.qakit.io.devalue;

import dev.qakit.io.NodeProcess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Payloads written by the Java encoder are read by the real {@code devalue.parse} (5.9.4 and
 * 6.0.3, pinned in {@code src/test/node/package-lock.json}) back to the same canonical JSON: every
 * conformance vector re-encoded, and random graphs with sharing and cycles. Payloads the real
 * {@code devalue.stringify} writes for random graphs re-encode to the same bytes, and the
 * recorded parse cases ({@link ParseOracle}) are what devalue returns today.
 *
 * <p>Needs {@code node} and {@code npm}; installs the pinned devalue releases with {@code npm ci}
 * into {@code target/node-interop}. Skipped, saying why, where node or npm is missing or the
 * install fails.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NodeDevalueInteropTest {
    private static final Path SCRIPT_DIR = Path.of("src", "test", "node");
    private static final Path WORK_DIR = Path.of("target", "node-interop");

    /** Copies the scripts into {@code target/node-interop} and installs the pinned devalue releases there. */
    private static void prepareNode() throws IOException {
        Assumptions.assumeTrue(NodeProcess.run(Path.of("."), true, "node", "--version").ok(), "node is not installed: the devalue interop check is skipped");
        Assumptions.assumeTrue(NodeProcess.run(Path.of("."), true, "npm", "--version").ok(), "npm is not installed: the devalue interop check is skipped");
        Files.createDirectories(WORK_DIR);
        for (String f : List.of("package.json", "package-lock.json", "canonical.mjs", "verify.mjs", "record-oracle.mjs", "random-graphs.mjs")) {
            Files.copy(SCRIPT_DIR.resolve(f), WORK_DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!List.of("devalue-5.6", "devalue-5", "devalue-6").stream().allMatch(d -> Files.isDirectory(WORK_DIR.resolve("node_modules").resolve(d)))) {
            NodeProcess.Result install = NodeProcess.run(WORK_DIR, true, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            Assumptions.assumeTrue(install.code() == 0, () -> "npm ci failed (offline?), the devalue interop check is skipped: " + install.output());
        }
    }

    @Test
    void theRecordedParseCasesAreWhatDevalueReturnsToday() throws Exception {
        prepareNode();
        Path recorded = WORK_DIR.resolve("parse-cases.json");
        NodeProcess.Result record = NodeProcess.run(WORK_DIR, true, "node", "record-oracle.mjs", recorded.getFileName().toString());
        assertThat(record.code()).as(record.output()).isZero();
        assertThat(Files.readString(recorded, StandardCharsets.UTF_8)).isEqualTo(Files.readString(ParseOracle.file(), StandardCharsets.UTF_8));
    }

    @Test
    void payloadsDevalueStringifyWritesReEncodeToTheSameBytes() throws Exception {
        prepareNode();
        Path file = WORK_DIR.resolve("random-graphs.json");
        NodeProcess.Result write = NodeProcess.run(WORK_DIR, true, "node", "random-graphs.mjs", "3000", "20261205", file.getFileName().toString());
        assertThat(write.code()).as(write.output()).isZero();
        @SuppressWarnings("unchecked")
        List<String> payloads = (List<String>) JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(payloads).hasSize(3000);
        DevalueCodec codec = Vectors.codec("6.0.3");
        List<String> different = new ArrayList<>();
        for (String payload : payloads) {
            String again = codec.encode(codec.decode(payload, "<random>"));
            if (!again.equals(payload) && different.size() < 10) {
                different.add(payload + "\n  re-encoded: " + again);
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void devalueParseReadsJavaEncodedPayloadsToTheSameValue() throws Exception {
        prepareNode();

        DevalueCodec codec = Vectors.codec("6.0.3");
        CanonicalJson canonical = codec.canonicalJson();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (String version : Vectors.VERSIONS) {
            DevalueCodec reader = Vectors.codec(version);
            for (Path file : Vectors.files(version)) {
                Map<String, Object> vector = JsonTree.readObject(file);
                String payload = Vectors.payload(vector);
                // Node 20 has neither Temporal nor Float16Array
                if (payload.contains("Temporal.") || payload.contains("Float16Array")) {
                    continue;
                }
                Object decoded = reader.decode(payload, file.toString());
                cases.add(testCase(version + "/" + file.getFileName(), codec.encode(decoded), vector.get("expected")));
            }
        }
        for (long seed = 0; seed < 300; seed++) {
            Object graph = new GraphRoundTripPropertyTest.GraphMaker(new Random(seed)).make();
            String expected = canonical.write(graph);
            if (expected.contains("Temporal.") || expected.contains("Float16Array")) {
                continue;
            }
            cases.add(testCase("random graph " + seed, codec.encode(graph), JsonTree.parse(expected)));
        }
        assertThat(cases).hasSizeGreaterThan(800);
        Path casesFile = WORK_DIR.resolve("cases.json");
        Files.writeString(casesFile, JsonTree.write(cases), StandardCharsets.UTF_8);

        NodeProcess.Result check = NodeProcess.run(WORK_DIR, true, "node", "verify.mjs", "cases.json");
        assertThat(check.output()).endsWith(cases.size() * 2 + " checks, 0 failures\n");
        assertThat(check.code()).isZero();
    }

    private static Map<String, Object> testCase(String name, String payload, Object expected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("payload", payload);
        m.put("expected", expected);
        return m;
    }

}
