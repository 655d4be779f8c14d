package dev.qakit.io.internal.markdown;

import dev.qakit.io.internal.js.JsNumberText;
import dev.qakit.model.JsonNull;
import dev.qakit.model.internal.JsonStrings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * MDC attribute lists, {@code {#id .class name="value" bare :bound='{"a": 1}'}}, read as
 * remark-mdc reads them, and the element properties they become once {@code @nuxtjs/mdc} and
 * rehype-raw have turned them into hast ({@code class} → {@code className} list,
 * {@code data-x} → {@code dataX}, numeric HTML attributes → numbers).
 */
final class MdcAttributes {
    /** HTML attributes hast holds as numbers (property-information's number type). */
    private static final Set<String> NUMERIC = Set.of("width", "height", "cols", "rows", "colspan", "rowspan", "size", "span",
            "start", "tabindex", "maxlength", "minlength", "high", "low", "optimum", "border", "hspace", "vspace", "marginheight",
            "marginwidth", "cellpadding", "cellspacing", "charoff");
    static final int MAX_LENGTH = 10_000;

    /**
     * A parsed attribute list.
     *
     * @param pairs the attributes in order: name (as written) and value (a string, or
     *     {@code Boolean.TRUE} for a bare name)
     * @param end the index just after the closing brace
     */
    record Parsed(List<Map.Entry<String, Object>> pairs, int end) {
    }

    private MdcAttributes() {
    }

    /**
     * Parses an attribute list starting at the {@code {} at {@code start}.
     *
     * @param s the text
     * @param start the index of the opening brace
     * @param allowEol whether line ends may separate attributes (inline lists) or not (a block opener)
     * @return the attributes, or null when the text there is not an attribute list
     */
    static @Nullable Parsed parse(String s, int start, boolean allowEol) {
        if (start >= s.length() || s.charAt(start) != '{') {
            return null;
        }
        int limit = Math.min(s.length(), start + MAX_LENGTH);
        List<Map.Entry<String, Object>> pairs = new ArrayList<>();
        int i = start + 1;
        while (true) {
            while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || (allowEol && s.charAt(i) == '\n'))) {
                i++;
            }
            if (i >= limit) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '}') {
                return new Parsed(pairs, i + 1);
            }
            if (c == '#' || c == '.') {
                int v = i + 1;
                if (v >= limit || "\"#'.<=>`}".indexOf(s.charAt(v)) >= 0 || Character.isWhitespace(s.charAt(v))) {
                    return null;
                }
                int e = v;
                while (e < limit && s.charAt(e) != '.' && s.charAt(e) != '}' && !isSpaceOrEol(s.charAt(e))) {
                    if ("\"'<=>`#".indexOf(s.charAt(e)) >= 0 && s.charAt(e) != '#') {
                        return null;
                    }
                    e++;
                }
                if (e >= limit) {
                    return null;
                }
                pairs.add(Map.entry(c == '#' ? "id" : "class", entities(s.substring(v, e))));
                i = e;
                if (!allowEol && s.charAt(i) == '\n') {
                    return null;
                }
                continue;
            }
            if (c == ':' || c == '_' || isAsciiAlpha(c)) {
                boolean bind = c == ':';
                int e = i + 1;
                while (e < limit && (s.charAt(e) == '-' || isAsciiAlphanumeric(s.charAt(e))
                        || (!bind && (s.charAt(e) == '.' || s.charAt(e) == ':' || s.charAt(e) == '_')))) {
                    e++;
                }
                String name = s.substring(i, e);
                int j = e;
                while (j < limit && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || (allowEol && s.charAt(j) == '\n'))) {
                    j++;
                }
                if (j >= limit) {
                    return null;
                }
                if (s.charAt(j) != '=') {
                    if (bind) {
                        return null;
                    }
                    pairs.add(Map.entry(name, Boolean.TRUE));
                    i = j;
                    continue;
                }
                j++;
                while (j < limit && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || (allowEol && s.charAt(j) == '\n'))) {
                    j++;
                }
                if (j >= limit || "<=>`}".indexOf(s.charAt(j)) >= 0 || s.charAt(j) == '\n') {
                    return null;
                }
                char q = s.charAt(j);
                if (q == '"' || q == '\'') {
                    StringBuilder value = new StringBuilder();
                    int k = j + 1;
                    while (k < limit && s.charAt(k) != q) {
                        char d = s.charAt(k);
                        if (d == '\n' && !allowEol) {
                            return null;
                        }
                        if (bind && d == '\\' && k + 1 < limit) {
                            value.append(s.charAt(k + 1));
                            k += 2;
                            continue;
                        }
                        value.append(d);
                        k++;
                    }
                    if (k >= limit) {
                        return null;
                    }
                    pairs.add(Map.entry(name, entities(value.toString())));
                    i = k + 1;
                    if (i < limit && s.charAt(i) != '}' && !isSpaceOrEol(s.charAt(i))) {
                        return null;
                    }
                } else {
                    int k = j;
                    while (k < limit && s.charAt(k) != '}' && !isSpaceOrEol(s.charAt(k))) {
                        if ("\"'<=>`".indexOf(s.charAt(k)) >= 0) {
                            return null;
                        }
                        k++;
                    }
                    pairs.add(Map.entry(name, entities(s.substring(j, k))));
                    i = k;
                }
                continue;
            }
            return null;
        }
    }

    private static boolean isSpaceOrEol(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlphanumeric(char c) {
        return isAsciiAlpha(c) || (c >= '0' && c <= '9');
    }

    private static String entities(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, true);
    }

    /**
     * The attributes as remark-mdc keeps them: names in kebab case, {@code class} values joined,
     * a later value of a name replacing an earlier one in its place.
     */
    static Map<String, Object> cleaned(List<Map.Entry<String, Object>> pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> p : pairs) {
            String name = kebabCase(p.getKey());
            if (name.equals("class") && out.get("class") instanceof String existing) {
                out.put("class", existing + " " + p.getValue());
            } else {
                out.put(name, p.getValue());
            }
        }
        return out;
    }

    /**
     * An inline component's properties: remark-mdc's bound data only (mdast-to-hast's default
     * handler uses {@code hProperties}), values that are not strings bound as {@code :name}.
     */
    static Map<String, Object> inlineComponentProperties(Map<String, Object> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (k.startsWith(":") || v instanceof String) {
                out.put(k, v);
            } else {
                out.put(":" + k, stringify(v));
            }
        });
        return out;
    }

    /**
     * A block component's properties ({@code @nuxtjs/mdc}'s container handler): its attributes,
     * then its YAML props and attributes with values that are not strings bound as
     * {@code :name} with their JSON text.
     */
    static Map<String, Object> componentProperties(Map<String, Object> attributes, Map<String, Object> props) {
        Map<String, Object> merged = new LinkedHashMap<>(attributes);
        merged.putAll(props);
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v instanceof String) {
                out.put(k, v);
            } else if (v == Boolean.TRUE && HastProperties.camelBoolean(k) != null) {
                out.put(HastProperties.camelBoolean(k), true);
            }
        });
        merged.forEach((k, v) -> {
            if (k.startsWith(":") || v instanceof String) {
                out.put(k, v);
            } else {
                out.remove(k);
                out.put(":" + k, stringify(v));
            }
        });
        return out;
    }

    /**
     * A block component's properties as hast holds them after rehype-raw
     * ({@link #componentProperties}, then {@link #hast}), an attribute written with an empty value
     * ({@code name=""}) as rehype-raw leaves it: dropped when it is a boolean attribute, true when
     * an overloaded boolean ({@link HastProperties#emptyValue(String)}).
     */
    static Map<String, Object> blockComponentHast(Map<String, Object> attributes, Map<String, Object> props) {
        Map<String, Object> out = hast(componentProperties(attributes, props));
        attributes.forEach((k, v) -> {
            if (v instanceof String str && str.isEmpty() && !props.containsKey(k) && !k.startsWith(":")) {
                Object empty = HastProperties.emptyValue(k);
                String key = HastProperties.propertyName(k);
                if (empty == null) {
                    out.remove(key);
                } else {
                    out.put(key, empty);
                }
            }
        });
        return out;
    }

    /**
     * Properties as hast holds them after rehype-raw: {@code class} as a {@code className} list,
     * {@code data-*} and {@code aria-*} in camel case, numeric attributes as numbers.
     */
    static Map<String, Object> hast(Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.equals("class") || k.equals("className")) {
                List<String> classes = new ArrayList<>();
                if (v instanceof List<?> l) {
                    l.forEach(x -> classes.add(String.valueOf(x)));
                } else {
                    classes.addAll(HastProperties.classes(String.valueOf(v)));
                }
                out.put("className", List.copyOf(classes));
            } else if (v instanceof String s && HastProperties.isNumber(s) && NUMERIC.contains(k.toLowerCase(Locale.ROOT))) {
                out.put(HastProperties.propertyName(k), HastProperties.number(s));
            } else if (v == Boolean.TRUE && HastProperties.camelBoolean(k) == null) {
                out.put(":" + k, "true");
            } else {
                out.put(HastProperties.propertyName(k), v);
            }
        });
        return out;
    }

    /** scule's kebabCase: words split at case changes and separators, joined with {@code -}, lower case. */
    static String kebabCase(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || c == '/' || c == '.' || c == '-') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
                continue;
            }
            if (Character.isUpperCase(c) && i > 0) {
                char prev = s.charAt(i - 1);
                boolean nextLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                if ((Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower))
                        && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                    sb.append('-');
                }
            }
            sb.append(Character.toLowerCase(c));
        }
        String out = sb.toString();
        return out.endsWith("-") && !s.endsWith("-") ? out.substring(0, out.length() - 1) : out;
    }

    /** {@code JSON.stringify} of a YAML value. */
    static String stringify(Object v) {
        StringBuilder sb = new StringBuilder();
        stringify(v, sb, 0);
        return sb.toString();
    }

    private static void stringify(Object v, StringBuilder sb, int depth) {
        if (depth > 200) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append(JsonStrings.quote(s));
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            sb.append(v instanceof BigInteger b ? JsNumberText.toString(b.doubleValue()) : v.toString());
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isFinite(d) ? JsNumberText.toString(d) : "null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(JsonStrings.quote(String.valueOf(e.getKey()))).append(':');
                stringify(e.getValue(), sb, depth + 1);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                stringify(l.get(i), sb, depth + 1);
            }
            sb.append(']');
        } else if (v == JsonNull.INSTANCE || v == null) {
            sb.append("null");
        } else {
            sb.append(JsonStrings.quote(String.valueOf(v)));
        }
    }

    /** flat's unflatten: a key {@code a.b} becomes {@code a: {b: …}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> unflatten(Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            String[] parts = e.getKey().split("\\.", -1);
            Map<String, Object> target = out;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = target.get(parts[i]);
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, Object>();
                    target.put(parts[i], next);
                }
                target = (Map<String, Object>) next;
            }
            Object v = e.getValue();
            target.put(parts[parts.length - 1], v instanceof Map<?, ?> m ? unflatten((Map<String, Object>) m) : v);
        }
        return out;
    }
}
