package dev.qakit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Anki text file as the Anki manual ("Importing text files") describes it: header
 * lines {@code #key:value} at the top, then one note per record; fields separated by tabs; a
 * field in double quotes may hold tabs, line breaks and doubled quotes.
 */
final class AnkiTsv {
    private AnkiTsv() {
    }

    static List<String> headers(String text) {
        List<String> headers = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            headers.add(line);
        }
        return headers;
    }

    static List<List<String>> notes(String text) {
        int pos = 0;
        while (pos < text.length() && text.charAt(pos) == '#') {
            pos = text.indexOf('\n', pos) + 1;
        }
        List<List<String>> notes = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                notes.add(fields);
                fields = new ArrayList<>();
                fieldStart = true;
            } else {
                if (c == '"') {
                    throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                }
                field.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quoted field");
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            notes.add(fields);
        }
        return notes;
    }
}
