package dev.qakit.io.nuxt;

import dev.qakit.model.JsonNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Test helpers: plain JSON into the value graph the codec produces, and test resources. */
public final class TestJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TestJson() {
    }

    /** Parses plain JSON into ordered maps, lists, strings, doubles, booleans and {@link JsonNull}. */
    public static Object parse(String json) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            return value(p, p.nextToken());
        }
    }

    private static Object value(JsonParser p, JsonToken t) {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    l.add(value(p, v));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return true;
            }
            case VALUE_FALSE -> {
                return false;
            }
            default -> {
                return JsonNull.INSTANCE;
            }
        }
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(TestJson.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The lines of a test resource. */
    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
