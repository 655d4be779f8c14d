package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parse cases recorded from the real devalue by {@code src/test/node/record-oracle.mjs} in
 * {@code devalue/oracle/parse-cases.json}: each payload, the devalue release that read it, and
 * the canonical JSON of what it returned, or the error it threw.
 */
final class ParseOracle {
    static final int CASE_COUNT = 55;

    /** One recorded case; {@code expected} is null when devalue threw {@code error}. */
    record Case(String name, String payload, String reader, Object expected, String error) {
        DevalueCodec codec() {
            return Vectors.codec(reader);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ParseOracle() {
    }

    static Path file() {
        try {
            return Path.of(ParseOracle.class.getResource("/devalue/oracle/parse-cases.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Case> cases() {
        List<Object> raw = (List<Object>) JsonTree.parse(readString(file()));
        List<Case> cases = raw.stream().map(o -> (Map<String, Object>) o)
                .map(m -> new Case((String) m.get("name"), (String) m.get("payload"), (String) m.get("reader"), m.get("expected"),
                        (String) m.get("error")))
                .toList();
        assertThat(cases).hasSize(CASE_COUNT);
        return cases;
    }

    private static String readString(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
