package dev.qakit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Parses JSON into maps and lists, strictly (for checking renderer output). */
final class JsonTestParser {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonTestParser() {
    }

    static Object parse(String text) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            Object value = read(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content");
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> answerTexts(String jsonLd) {
        Map<String, Object> root = (Map<String, Object>) parse(jsonLd);
        List<Object> texts = new ArrayList<>();
        for (Object q : (List<Object>) root.get("mainEntity")) {
            texts.add(((Map<String, Object>) ((Map<String, Object>) q).get("acceptedAnswer")).get("text"));
        }
        return texts;
    }

    private static Object read(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    p.nextToken();
                    if (map.put(key, read(p)) != null) {
                        throw new IllegalArgumentException("duplicate key " + key);
                    }
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
                return true;
            case VALUE_FALSE:
                return false;
            default:
                return "null";
        }
    }
}
