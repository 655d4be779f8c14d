package dev.qakit.render;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.PageDataGraph;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Pages for tests: the seed and the corpus payloads, read through a minimal devalue resolver
 * (plain values, index references and Nuxt's reactive wrappers, which is all these payloads
 * use) and the real mapper {@link PageDataGraph#fromGraph(Object, String)}; plus hand-built pages.
 */
public final class TestPages {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TestPages() {
    }

    /** The seed page, FastAPI "Async Basics". */
    public static PageData seed() {
        return fromPayload(resource("/seed/async-basics._payload.json"), "seed/async-basics._payload.json");
    }

    /** Every question page of the corpus (14 payloads), sorted by file. */
    public static List<PageData> corpus() {
        try {
            Path root = Path.of(TestPages.class.getResource("/payloads").toURI());
            List<PageData> pages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("_payload.json")).sorted().toList()) {
                    pages.add(fromPayload(Files.readString(f), root.relativize(f).toString()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text resource of the test class path. */
    public static String resource(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of one question, with the page's fields set and one sibling (itself). */
    public static PageData page(String title, List<Question> questions) {
        Page page = Page.builder().title(title).framework("FastAPI").frameworkSlug("fastapi").topic("Fundamentals")
                .topicSlug("fundamentals").subtopic(title).difficulty("medium").order(1).updated("2026-06-20")
                .path("/fastapi/fundamentals/test").stem("fastapi/fundamentals/test").questions(questions)
                .questionsCount(questions.size()).build();
        return PageData.of(page, List.of(Sibling.of(title, "/fastapi/fundamentals/test", 1)));
    }

    static PageData fromPayload(String text, String source) {
        List<Object> slots = new ArrayList<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(source + ": not a devalue payload");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                slots.add(readJson(p));
            }
        }
        Object root = resolve(slots, 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) root).get("data");
        Object entry = data.values().iterator().next();
        ReadResult<PageData> result = PageDataGraph.fromGraph(entry, source);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(source + ": " + result.problems());
        }
        return result.value().orElseThrow();
    }

    private static Object readJson(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readJson(p));
                }
                return list;
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, readJson(p));
                }
                return map;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return dev.qakit.model.JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("unexpected " + t);
        }
    }

    private static Object resolve(List<Object> slots, int index) {
        if (index == -1) {
            return dev.qakit.model.Undefined.INSTANCE;
        }
        if (index < 0) {
            throw new IllegalArgumentException("special value " + index + " is not supported by this test helper");
        }
        Object slot = slots.get(index);
        if (slot instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put((String) e.getKey(), resolve(slots, ((Long) e.getValue()).intValue()));
            }
            return out;
        }
        if (slot instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof String tag) {
                if (List.of("ShallowReactive", "Reactive", "Ref", "ShallowRef").contains(tag)) {
                    return resolve(slots, ((Long) list.get(1)).intValue());
                }
                throw new IllegalArgumentException("tag " + tag + " is not supported by this test helper");
            }
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(resolve(slots, ((Long) o).intValue()));
            }
            return out;
        }
        if (slot instanceof Long l) {
            return l.doubleValue();
        }
        return slot;
    }
}
