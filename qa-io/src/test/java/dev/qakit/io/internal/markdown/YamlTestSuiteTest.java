package dev.qakit.io.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.nuxt.TestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The inputs of the official YAML test suite ({@code yaml-test-suite/in-yaml.jsonl}, see the
 * README beside it), every one read both ways: the fast path either reads a case exactly as
 * snakeyaml-engine composes it or hands it back.
 */
class YamlTestSuiteTest {

    /** One case of the suite. */
    record Case(String id, String name, boolean error, String yaml) {
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(YamlTestSuiteTest.class.getResourceAsStream("/yaml-test-suite/in-yaml.jsonl"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            Map<?, ?> m = (Map<?, ?>) TestJson.parse(line);
            cases.add(new Case((String) m.get("id"), (String) m.get("name"), (Boolean) m.get("error"), (String) m.get("yaml")));
        }
        return cases;
    }

    @Test
    void everyCaseIsReadAsComposingReadsItOrHandedBack() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSize(402);
        List<String> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            try {
                if (YamlPaths.compare(c.yaml()) != null) {
                    read.add(c.id());
                }
            } catch (AssertionError e) {
                failures.add(c.id() + " (" + c.name() + "): " + e.getMessage());
            }
        }
        System.out.println("yaml-test-suite: the fast path reads " + read.size() + " of " + cases.size() + " cases " + read
                + "; snakeyaml-engine composes the others");
        assertThat(failures).isEmpty();
        // The suite is mostly about what frontmatter never holds (anchors, tags, flow mappings,
        // several documents); what the fast path reads of it must not shrink unnoticed.
        assertThat(read).hasSizeGreaterThanOrEqualTo(45);
    }
}
