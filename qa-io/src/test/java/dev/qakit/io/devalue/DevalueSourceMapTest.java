package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.devalue.SlotIndex;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The codec's source map: every string reached through plain objects and arrays of a decoded
 * value is located at the slot that wrote it, on the conformance vectors of every devalue
 * release and on the real Nuxt payloads, as written and pretty-printed over many lines.
 */
class DevalueSourceMapTest {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Test
    void everyStringOfTheVectorsIsLocatedAtItsSlot() {
        int located = 0;
        for (String version : Vectors.VERSIONS) {
            DevalueCodec codec = Vectors.codec(version);
            for (Path file : Vectors.files(version)) {
                String payload = Vectors.payload(JsonTree.readObject(file));
                located += checkStrings(codec, payload, version + "/" + file.getFileName());
                located += checkStrings(codec, prettyPrinted(payload), version + "/" + file.getFileName() + " (pretty)");
            }
        }
        // a source map that locates nothing would pass the checks vacuously
        assertThat(located).isGreaterThan(2_000);
    }

    @Test
    void everyStringOfTheRealNuxtPayloadsIsLocatedAtItsSlot() throws Exception {
        DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
        Path root = Path.of(DevalueSourceMapTest.class.getResource("/nuxt/generated").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().equals("_payload.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        int located = 0;
        for (Path file : files) {
            String payload = Files.readString(file, StandardCharsets.UTF_8);
            located += checkStrings(codec, payload, root.relativize(file).toString());
            located += checkStrings(codec, prettyPrinted(payload), root.relativize(file) + " (pretty)");
        }
        assertThat(located).isGreaterThan(5_000);
    }

    @Test
    void wrappersAreSeenThroughAndUnlocatedPointersFallBackToTheirParent() {
        DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();
        String text = "[{\"data\":1,\"set\":5},\n[\"ShallowReactive\",2],\n{\"page\":3,\"gone\":-1},\n[\"null\",\"title\",4],\n\"T\",[\"Set\",4]]";
        ReadResult<Object> r = codec.read(text, "p.json");
        assertThat(r.problems()).isEmpty();
        SourceMap map = r.sourceMap();
        // /data is the ShallowReactive slot's operand (line 3), /data/page a prototype-less object
        assertThat(map.locate("/data")).isEqualTo(new SourceLocation("p.json", 3, 1, "/data"));
        assertThat(map.locate("/data/page/title")).isEqualTo(new SourceLocation("p.json", 5, 1, "/data/page/title"));
        // an inline undefined has no slot, a Set's items are located as the Set, a missing name as its object
        assertThat(map.locate("/data/gone")).isEqualTo(new SourceLocation("p.json", 3, 1, "/data/gone"));
        assertThat(map.locate("/set/0")).isEqualTo(new SourceLocation("p.json", 5, 5, "/set/0"));
        assertThat(map.locate("/data/page/nothing/deeper")).isEqualTo(new SourceLocation("p.json", 4, 1, "/data/page/nothing/deeper"));
        // a text that is no pointer is located at the root value
        assertThat(map.locate("data")).isEqualTo(new SourceLocation("p.json", 1, 2, "data"));
        // JSON Pointer escapes, and indexes with a leading zero are no index
        String escaped = "[{\"a/b\":1,\"l\":2},\"x\",[1]]";
        SourceMap small = codec.read(escaped, "q").sourceMap();
        assertThat(small.locate("/a~1b").column()).isEqualTo(escaped.indexOf("\"x\"") + 1);
        assertThat(small.locate("/l/0").column()).isEqualTo(escaped.indexOf("\"x\"") + 1);
        assertThat(small.locate("/l/00").column()).isEqualTo(escaped.indexOf("[1]") + 1);
    }

    @Test
    void aPayloadThatFailsIsLocatedAsFarAsItWasRead() {
        String text = "[{\"a\":1,\"b\":9},\"x\"]";
        ReadResult<Object> r = DevalueCodec.builder().build().read(text, "bad.json");
        assertThat(r.problems()).extracting(p -> p.ruleId()).containsExactly("devalue.bad-reference");
        assertThat(r.sourceMap().locate("/a")).isEqualTo(new SourceLocation("bad.json", 1, text.indexOf("\"x\"") + 1, "/a"));
    }

    /** Checks every string leaf; returns how many were located. */
    private static int checkStrings(DevalueCodec codec, String payload, String name) {
        ReadResult<Object> r = codec.read(payload, name);
        if (r.value().isEmpty()) {
            return 0;
        }
        String[] lines = payload.split("\n", -1);
        int[] count = {0};
        walk(r.value().get(), "", java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), (pointer, string) -> {
            SourceLocation at = r.sourceMap().locate(pointer);
            assertThat(at.line()).as("%s %s", name, pointer).isPositive();
            String rest = lines[at.line() - 1].substring(at.column() - 1);
            assertThat(firstString(rest)).as("%s %s at %s", name, pointer, at).isEqualTo(string);
            count[0]++;
        });
        return count[0];
    }

    private interface Leaf {
        void accept(String pointer, String value);
    }

    /** Every string reached through plain objects, arrays and kept tags (the value of a tag that wraps one is its operand's), each container once. */
    private static void walk(Object value, String pointer, java.util.Set<Object> seen, Leaf leaf) {
        if (value instanceof String s) {
            leaf.accept(pointer, s);
        } else if (value instanceof Tagged t && t.value() != null && !SlotIndex.holdsData(t.tag())) {
            walk(t.value(), pointer, seen, leaf);
        } else if (value.getClass() == LinkedHashMap.class && seen.add(value)) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                walk(e.getValue(), pointer + "/" + SourceMap.escape((String) e.getKey()), seen, leaf);
            }
        } else if (value.getClass() == ArrayList.class && seen.add(value)) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, seen, leaf);
            }
        }
    }

    /** The JSON string literal the text starts with, decoded. */
    private static String firstString(String text) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            JsonToken t = p.nextToken();
            assertThat(t).as("a string at %s", text.length() > 30 ? text.substring(0, 30) : text).isEqualTo(JsonToken.VALUE_STRING);
            return p.getString();
        } catch (tools.jackson.core.JacksonException e) {
            // the literal itself is complete; what follows it (",...") is not JSON on its own
            throw new AssertionError(text, e);
        }
    }

    /** The payload with every slot, member and item on its own line, indented. */
    private static String prettyPrinted(String payload) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), payload)) {
            StringBuilder out = new StringBuilder();
            java.util.ArrayDeque<Boolean> objects = new java.util.ArrayDeque<>();
            boolean first = true;
            boolean afterName = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    objects.pop();
                    out.append('\n').append("  ".repeat(objects.size())).append(t == JsonToken.END_ARRAY ? ']' : '}');
                    first = false;
                    continue;
                }
                if (afterName) {
                    out.append(": ");
                } else if (!first) {
                    out.append(",\n").append("  ".repeat(objects.size()));
                } else if (!objects.isEmpty()) {
                    out.append('\n').append("  ".repeat(objects.size()));
                }
                first = false;
                afterName = t == JsonToken.PROPERTY_NAME;
                switch (t) {
                    case START_ARRAY, START_OBJECT -> {
                        out.append(t == JsonToken.START_ARRAY ? '[' : '{');
                        objects.push(t == JsonToken.START_OBJECT);
                        first = true;
                    }
                    case PROPERTY_NAME -> out.append(JsonTree.quote(p.currentName()));
                    case VALUE_STRING -> out.append(JsonTree.quote(p.getString()));
                    default -> out.append(p.getString());
                }
            }
            return out.toString();
        } catch (tools.jackson.core.JacksonException e) {
            return payload;
        }
    }
}
