package dev.qakit.io.internal.markdown;

import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes plain values as block-style YAML that reads back (YAML 1.2 core schema) to the same
 * values: strings plain unless YAML needs quotes, multi-line strings as literal block scalars,
 * empty collections in flow style. {@link Undefined} members are left out, as
 * {@code JSON.stringify} leaves them out.
 */
public final class YamlWriter {
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
            + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN"
            // YAML 1.1 booleans: strings under 1.2, quoted anyway so that YAML 1.1 readers agree.
            + "|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();

    /**
     * Writes a top-level mapping.
     *
     * @param map the mapping
     * @return the YAML text, one line per scalar member, ending with a newline
     */
    public static String write(Map<String, ?> map) {
        YamlWriter w = new YamlWriter();
        w.mappingBody(map, 0);
        return w.out.toString();
    }

    private void mappingBody(Map<String, ?> map, int indent) {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getValue() == Undefined.INSTANCE) {
                continue;
            }
            if (!first || indent > 0) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(key(e.getKey())).append(':');
            member(e.getValue(), indent);
        }
    }

    /** Writes a value after "key:" or "-": inline scalars after a space, collections on the next lines. */
    private void member(Object value, int indent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty() && !allUndefined(m)) {
            out.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> sm = (Map<String, ?>) m;
            mappingBody(sm, indent + 2);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            sequence(l, indent);
        } else {
            out.append(' ');
            scalar(value, indent + 2);
        }
    }

    private static boolean allUndefined(Map<?, ?> m) {
        return m.values().stream().allMatch(v -> v == Undefined.INSTANCE);
    }

    private void sequence(List<?> list, int indent) {
        for (Object item : list) {
            out.append(" ".repeat(indent)).append('-');
            if (item instanceof Map<?, ?> m && !m.isEmpty() && !allUndefined(m)) {
                out.append(' ');
                @SuppressWarnings("unchecked")
                Map<String, ?> sm = (Map<String, ?>) m;
                boolean first = true;
                for (Map.Entry<String, ?> e : sm.entrySet()) {
                    if (e.getValue() == Undefined.INSTANCE) {
                        continue;
                    }
                    if (!first) {
                        out.append(" ".repeat(indent + 2));
                    }
                    first = false;
                    out.append(key(e.getKey())).append(':');
                    member(e.getValue(), indent + 2);
                }
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                sequence(l, indent + 2);
            } else {
                out.append(' ');
                scalar(item == Undefined.INSTANCE ? JsonNull.INSTANCE : item, indent + 2);
            }
        }
    }

    private void scalar(Object value, int indent) {
        if (value == JsonNull.INSTANCE) {
            out.append("null\n");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value).append('\n');
        } else if (value instanceof Double d) {
            // JavaScript's text, which YAML's core schema reads back to the same double.
            out.append(d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : JsNumberText.toString(d)).append('\n');
        } else if (value instanceof Number n) {
            out.append(n).append('\n');
        } else if (value instanceof Map) {
            out.append("{}\n");
        } else if (value instanceof List) {
            out.append("[]\n");
        } else {
            string(String.valueOf(value), indent);
        }
    }

    private void string(String s, int indent) {
        if (s.indexOf('\n') >= 0 && literalOk(s)) {
            literal(s, indent);
        } else if (plainOk(s)) {
            out.append(s).append('\n');
        } else if (printable(s)) {
            out.append('\'').append(s.replace("'", "''")).append("'\n");
        } else {
            out.append(doubleQuoted(s)).append('\n');
        }
    }

    private void literal(String s, int indent) {
        String chomp;
        String content = s;
        if (!s.endsWith("\n")) {
            chomp = "-";
        } else if (s.endsWith("\n\n")) {
            chomp = "+";
        } else {
            chomp = "";
            content = s.substring(0, s.length() - 1);
        }
        if (chomp.equals("+")) {
            content = s.substring(0, s.length() - 1);
        }
        out.append('|');
        if (s.startsWith(" ") || s.startsWith("\n")) {
            out.append(2);
        }
        out.append(chomp).append('\n');
        String pad = " ".repeat(indent);
        for (String line : content.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
            out.append('\n');
        }
    }

    private static boolean literalOk(String s) {
        if (s.isBlank() || !printable(s.replace("\n", "").replace("\t", ""))) {
            return false;
        }
        // A line of only spaces before the first text line would be taken as indentation.
        for (String line : s.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
            if (!line.isBlank()) {
                break;
            }
        }
        return true;
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    static boolean plainOk(String s) {
        if (s.isEmpty() || !printable(s) || s.indexOf('\t') >= 0) {
            return false;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        if (s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        return !NOT_A_STRING.matcher(s).matches();
    }

    private static String key(String k) {
        if (plainOk(k)) {
            return k;
        }
        return printable(k) ? "'" + k.replace("'", "''") + "'" : doubleQuoted(k);
    }

    static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !validSurrogate(s, i) && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))))) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
