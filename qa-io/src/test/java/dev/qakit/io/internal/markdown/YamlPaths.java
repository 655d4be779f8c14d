package dev.qakit.io.internal.markdown;

import dev.qakit.model.internal.JsonStrings;
import dev.qakit.model.JsonNull;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Both ways {@link YamlTree} reads YAML, side by side: {@link FastYaml} and composing with
 * snakeyaml-engine ({@link YamlTree#composed}). The oracle is snakeyaml-engine: whatever the fast
 * path accepts must come out exactly as composing gives it. Public for the tests of other modules
 * (qa-bench reads its synthetic pages with it).
 */
public final class YamlPaths {
    /** The source name of the texts compared. */
    static final String SOURCE = "t.md";

    private YamlPaths() {
    }

    /**
     * Reads a text both ways and compares: null when the fast path hands it back, otherwise the
     * description of the read, which both ways gave.
     *
     * @param yaml the YAML text
     * @return the description, or null when the text is left to snakeyaml-engine
     * @throws AssertionError when the two reads differ
     */
    public static @Nullable String compare(String yaml) {
        // The text is the YAML between fences on lines 1 and N, as a page holds it.
        String file = "---\n" + yaml + "\n---\n";
        SourceText text = SourceText.of(SOURCE, file);
        List<Problem> fastProblems = new ArrayList<>();
        YamlTree fast = FastYaml.read(yaml, 2, text, fastProblems);
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == file.length() && yaml.indexOf('\r') < 0) {
            // an ASCII file is read from its bytes (as MarkdownReader reads it): the same answer
            List<Problem> byteProblems = new ArrayList<>();
            YamlTree fromBytes = FastYaml.read(yaml, 2, SourceText.ofAscii(SOURCE, file, bytes), byteProblems);
            String chars = describe(fast, fastProblems);
            String fromByteScan = describe(fromBytes, byteProblems);
            if (!chars.equals(fromByteScan)) {
                throw new AssertionError("the fast path read the text's bytes otherwise than its chars\n--- text:\n" + yaml
                        + "\n--- chars:\n" + chars + "\n--- bytes:\n" + fromByteScan);
            }
        }
        if (fast == null) {
            if (!fastProblems.isEmpty()) {
                throw new AssertionError("the fast path handed the text back but added problems: " + fastProblems);
            }
            return null;
        }
        List<Problem> slowProblems = new ArrayList<>();
        YamlTree slow = YamlTree.composed(yaml, 2, text, 10_000, slowProblems);
        String expected = describe(slow, slowProblems);
        String actual = describe(fast, fastProblems);
        if (!expected.equals(actual)) {
            throw new AssertionError("the fast path read the text otherwise than snakeyaml-engine\n--- text:\n" + yaml
                    + "\n--- snakeyaml-engine:\n" + expected + "\n--- fast path:\n" + actual);
        }
        return actual;
    }

    /**
     * Everything a read gives, in order, with the Java type of every value.
     *
     * @param tree the tree, or null
     * @param problems the problems
     * @return the description
     */
    static String describe(@Nullable YamlTree tree, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        if (tree == null) {
            sb.append("no tree\n");
        } else {
            sb.append("root ");
            value(tree.root(), sb);
            sb.append('\n');
            entries("location", tree.locations(), sb);
            entries("key", tree.keyLocations(), sb);
            entries("end", tree.scalarEnds(), sb);
        }
        for (Problem p : problems) {
            sb.append("problem ").append(p).append('\n');
        }
        return sb.toString();
    }

    private static void entries(String kind, Map<String, SourceLocation> map, StringBuilder sb) {
        sb.append(kind).append("s ").append(map.getClass().getName()).append('\n');
        map.forEach((k, v) -> sb.append(kind).append(' ').append(k).append(" = ").append(v).append('\n'));
    }

    private static void value(@Nullable Object v, StringBuilder sb) {
        if (v instanceof Map<?, ?> m) {
            sb.append(m.getClass().getName()).append('{');
            m.forEach((k, x) -> {
                sb.append(JsonStrings.quote(String.valueOf(k))).append(": ");
                value(x, sb);
                sb.append(", ");
            });
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append(l.getClass().getName()).append('[');
            for (Object x : l) {
                value(x, sb);
                sb.append(", ");
            }
            sb.append(']');
        } else if (v instanceof String str) {
            sb.append(JsonStrings.quote(str));
        } else if (v == null || v == JsonNull.INSTANCE) {
            sb.append(v == null ? "<java null>" : "null");
        } else {
            sb.append(v.getClass().getSimpleName()).append(':').append(v);
        }
    }
}
