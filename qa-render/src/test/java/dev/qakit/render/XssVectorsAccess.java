package dev.qakit.render;

import dev.qakit.model.PageData;

/** Opens {@link XssVectors} to tests in other packages. */
public final class XssVectorsAccess {
    private XssVectorsAccess() {
    }

    /** The page carrying every XSS vector. */
    public static PageData page() {
        return XssVectors.page();
    }

    /** The answer texts of a JSON-LD document (HTML, as search engines show them). */
    public static java.util.List<Object> answerTexts(String jsonLd) {
        return JsonTestParser.answerTexts(jsonLd);
    }

    /** The notes of an Anki text file, each a list of fields. */
    public static java.util.List<java.util.List<String>> ankiNotes(String tsv) {
        return AnkiTsv.notes(tsv);
    }
}
