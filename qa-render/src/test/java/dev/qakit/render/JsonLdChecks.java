package dev.qakit.render;

import java.util.List;
import java.util.Map;

/** Reads JSON-LD output in tests. */
public final class JsonLdChecks {
    private JsonLdChecks() {
    }

    /** Parses a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        return (Map<String, Object>) JsonTestParser.parse(json);
    }

    /** The {@code mainEntity} questions. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> questions(Map<String, Object> root) {
        return (List<Map<String, Object>>) root.get("mainEntity");
    }

    /** A question's {@code acceptedAnswer.text}. */
    @SuppressWarnings("unchecked")
    public static String answerText(Map<String, Object> question) {
        return (String) ((Map<String, Object>) question.get("acceptedAnswer")).get("text");
    }

    /** Parses an Anki deck's notes as the Anki manual describes the format. */
    public static List<List<String>> ankiNotes(String tsv) {
        return AnkiTsv.notes(tsv);
    }

    /** An Anki deck's header lines. */
    public static List<String> ankiHeaders(String tsv) {
        return AnkiTsv.headers(tsv);
    }
}
