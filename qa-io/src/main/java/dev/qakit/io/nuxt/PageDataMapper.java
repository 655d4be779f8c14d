package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import dev.qakit.model.Undefined;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.FieldType;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.model.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps one async-data entry ({@code {page, siblings, blog}}, reactive wrappers removed) onto a
 * {@link PageData}, field by field as {@link PageSchema} describes them. A field of the wrong type
 * is a problem under the field's own rule id ({@code page.order-type}), a malformed body a
 * {@code nuxt.type-mismatch} problem, each at the member's pointer and payload slot; the mismatched value is kept in the enclosing record's
 * {@code extra} map under its own name, so nothing is lost and writers put it back in place.
 * One instance per entry: it collects problems.
 */
final class PageDataMapper {
    /** Rule id of a body node or payload member whose value has the wrong type. */
    static final String TYPE_MISMATCH = "nuxt.type-mismatch";
    /** Rule id of an entry that is not a question page. */
    static final String NOT_A_PAGE = "nuxt.not-a-page";
    private static final int MAX_BODY_DEPTH = 1000;

    private final String source;
    private final String prefix;
    private final PayloadSlots locator;
    private final List<Problem> problems = new ArrayList<>();

    private PageDataMapper(String source, String prefix, PayloadSlots locator) {
        this.source = source;
        this.prefix = prefix;
        this.locator = locator;
    }

    /**
     * Whether an entry has the shape of a question page: an object whose {@code page} is an object.
     *
     * @param entry the entry, unwrapped
     * @return true for question pages
     */
    static boolean isQuestionPage(Object entry) {
        return entry instanceof Map<?, ?> m && m.get("page") instanceof Map;
    }

    /**
     * Maps an entry.
     *
     * @param entry the entry, unwrapped
     * @param source the source for locations
     * @param prefix the entry's pointer from the payload root ({@code ""} when the entry is the root)
     * @param locator finds slots by pointer from the payload root
     * @return the page data with the problems; pointers of its source map are relative to the entry
     */
    static ReadResult<PageData> map(Object entry, String source, String prefix, PayloadSlots locator) {
        PageDataMapper m = new PageDataMapper(source, prefix, locator);
        SourceMap map = locator.sourceMap(source, prefix);
        if (!isQuestionPage(entry)) {
            m.problems.add(Problem.error(NOT_A_PAGE, "expected a question page {page, siblings, blog} with an object 'page', found "
                    + describe(entry), locator.locate(source, prefix)));
            return ReadResult.failed(m.problems, map);
        }
        PageData data = m.pageData(object(entry));
        return ReadResult.of(data, m.problems, map);
    }

    private PageData pageData(Map<String, Object> entry) {
        Page page = Page.builder().build();
        List<Sibling> siblings = new ArrayList<>();
        Object blog = Undefined.INSTANCE;
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entry.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            Field<PageData> field = PageSchema.DATA.field(key);
            if (field == null) {
                extra.put(key, v);
                continue;
            }
            switch (key) {
                case "page" -> page = page(object(v), "/page");
                case "siblings" -> {
                    List<Sibling> s = objects(field, PageSchema.SIBLING, v, "/siblings", extra);
                    if (s != null) {
                        siblings = s;
                    }
                }
                default -> blog = v;
            }
        }
        return new PageData(page, siblings, blog, extra);
    }

    private Page page(Map<String, Object> m, String at) {
        @Nullable Object[] values = PageSchema.PAGE.newValues();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            Field<Page> f = PageSchema.PAGE.field(key);
            if (f == null) {
                extra.put(key, v);
                continue;
            }
            values[PageSchema.PAGE.indexOf(f)] = f.type() == FieldType.BODY ? body(f, v, at, extra) : value(f, v, at, extra);
        }
        return PageSchema.PAGE.create(values, extra);
    }

    /** A nested record: each known member by its field, the others kept in {@code extra}. */
    private <R> R record(RecordSchema<R> schema, Map<String, Object> m, String at) {
        @Nullable Object[] values = schema.newValues();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Field<R> f = schema.field(e.getKey());
            if (f == null) {
                extra.put(e.getKey(), e.getValue());
            } else {
                values[schema.indexOf(f)] = value(f, e.getValue(), at, extra);
            }
        }
        return schema.create(values, extra);
    }

    /**
     * The model value of a member, or null when it is absent. A value of the wrong type is
     * reported under the field's rule id and kept raw in {@code extra}; the component then gets
     * what the Markdown reader makes of the same value: JavaScript's text for a number or boolean
     * where a string belongs, the number a string of digits holds where a whole number belongs,
     * the strings of a list of routes, an empty record for a list element that is not an object.
     */
    private @Nullable Object value(Field<?> f, Object v, String at, Map<String, Object> extra) {
        String key = f.name();
        switch (f.type()) {
            case STRING -> {
                if (v instanceof String s) {
                    return s;
                }
            }
            case INTEGER -> {
                Integer i = exactInt(v);
                if (i != null) {
                    return i;
                }
            }
            case MAP -> {
                if (v instanceof Map) {
                    return object(v);
                }
            }
            case BOOLEAN_OR_MAP -> {
                if (v instanceof Boolean flag) {
                    return Navigation.of(flag);
                }
                if (v instanceof Map) {
                    return Navigation.of(object(v));
                }
            }
            case STRING_LIST -> {
                if (v instanceof List<?> list) {
                    return strings(f, list, member(at, key), extra);
                }
            }
            case OBJECT -> {
                if (v instanceof Map) {
                    return record(Objects.requireNonNull(f.element()), object(v), member(at, key));
                }
            }
            case OBJECT_LIST -> {
                return objects(f, Objects.requireNonNull(f.element()), v, member(at, key), extra);
            }
            case BODY, ANY -> {
                return v;
            }
        }
        if (f.type() == FieldType.MAP || !absent(v, key, extra)) {
            mismatch(f, v, at, extra);
            return coerced(f, v);
        }
        return null;
    }

    /** What a value of the wrong type still gives: see {@link #value}. */
    private static @Nullable Object coerced(Field<?> f, Object v) {
        if (f.type() == FieldType.STRING) {
            return asString(v);
        }
        if (f.type() == FieldType.INTEGER && v instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** JavaScript's {@code String()} of a number or boolean; null for other values. */
    private static @Nullable String asString(Object v) {
        if (v instanceof Number n) {
            return dev.qakit.io.internal.js.JsNumberText.toString(n.doubleValue());
        }
        return v instanceof Boolean ? v.toString() : null;
    }

    /**
     * A list of strings; each element of another type is reported at its index, a number or
     * boolean still gives its text, {@code null} is left out, and the raw list is kept in {@code extra}.
     */
    private List<String> strings(Field<?> f, List<?> list, String at, Map<String, Object> extra) {
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (o instanceof String s) {
                out.add(s);
                continue;
            }
            extra.put(f.name(), list);
            if (o == JsonNull.INSTANCE || o == Undefined.INSTANCE) {
                continue;
            }
            problem(f.typeRuleId(), "'" + f.name() + "[" + i + "]' must be a string, found " + describe(o), at + "/" + i);
            String text = asString(o);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Maps a list of objects member by member. A value that is not a list is a problem (null
     * result); an element that is not an object is a problem and becomes an empty record. Either
     * way the raw value is kept in {@code extra}.
     */
    private <T> @Nullable List<T> objects(Field<?> f, RecordSchema<T> schema, Object v, String at, Map<String, Object> extra) {
        String shape = schema.shape();
        if (!(v instanceof List<?> list)) {
            problem(f.typeRuleId(), "'" + f.name() + "' must be a list of " + shape + " objects, found " + describe(v), at);
            extra.put(f.name(), v);
            return null;
        }
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            String here = at + "/" + i;
            if (!(o instanceof Map)) {
                problem(f.typeRuleId(), schema.name() + " " + i + " must be an object " + shape + ", found " + describe(o), here);
                extra.put(f.name(), v);
                out.add(schema.create(schema.newValues(), Map.of()));
                continue;
            }
            out.add(record(schema, object(o), here));
        }
        return out;
    }

    /** The body member: a body, or null when absent or not modelled (the raw value is then kept). */
    private @Nullable Body body(Field<?> f, Object v, String at, Map<String, Object> extra) {
        if (v instanceof Map) {
            Body body = body(object(v), member(at, f.name()));
            if (body == null) {
                extra.put(f.name(), v);
            }
            return body;
        }
        if (!absent(v, f.name(), extra)) {
            mismatch(f, v, at, extra);
        }
        return null;
    }

    /** The body, or null when it cannot be modelled (the raw value is then kept by the caller). */
    private @Nullable Body body(Map<String, Object> m, String at) {
        Object type = m.get("type");
        boolean minimark = Body.MINIMARK.equals(type);
        boolean root = Body.ROOT.equals(type);
        if (!minimark && !root) {
            problem("body 'type' must be 'minimark' or 'root', found " + describe(type == null ? Undefined.INSTANCE : type),
                    at + "/type");
            return null;
        }
        String nodesKey = minimark ? "value" : "children";
        List<BodyNode> nodes = null;
        Toc toc = null;
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (key.equals("type")) {
                continue;
            }
            if (key.equals(nodesKey)) {
                nodes = minimark ? minimarkNodes(v, at + "/" + key, 0) : rootNodes(v, at + "/" + key, 0);
                if (nodes == null) {
                    return null;
                }
            } else if (key.equals("toc") && v instanceof Map) {
                toc = toc(object(v));
                if (toc == null) {
                    extra.put(key, v);
                }
            } else {
                extra.put(key, v);
            }
        }
        if (nodes == null) {
            problem("a " + type + " body needs a '" + nodesKey + "' list", at);
            return null;
        }
        return new Body((String) type, nodes, toc, extra);
    }

    private @Nullable List<BodyNode> minimarkNodes(Object v, String at, int depth) {
        if (!(v instanceof List<?> list)) {
            problem("minimark nodes must be a list, found " + describe(v), at);
            return null;
        }
        if (depth > MAX_BODY_DEPTH) {
            problem("the body is nested more than " + MAX_BODY_DEPTH + " elements deep", at);
            return null;
        }
        List<BodyNode> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            BodyNode n = minimarkNode(list.get(i), at + "/" + i, depth);
            if (n == null) {
                return null;
            }
            out.add(n);
        }
        return out;
    }

    private @Nullable BodyNode minimarkNode(Object v, String at, int depth) {
        if (v instanceof String s) {
            return new BodyNode.Text(s);
        }
        if (v instanceof List<?> list && list.size() >= 2 && list.get(0) instanceof String tag && list.get(1) instanceof Map) {
            List<BodyNode> children = minimarkNodes(list.subList(2, list.size()), at, depth + 1);
            return children == null ? null : new BodyNode.Element(tag, object(list.get(1)), children);
        }
        problem("a minimark node must be a string or [tag, props, ...children], found " + describe(v), at);
        return null;
    }

    private @Nullable List<BodyNode> rootNodes(Object v, String at, int depth) {
        if (!(v instanceof List<?> list)) {
            problem("'children' must be a list of nodes, found " + describe(v), at);
            return null;
        }
        if (depth > MAX_BODY_DEPTH) {
            problem("the body is nested more than " + MAX_BODY_DEPTH + " elements deep", at);
            return null;
        }
        List<BodyNode> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String here = at + "/" + i;
            Object n = list.get(i);
            Map<String, Object> m = n instanceof Map ? object(n) : Map.of();
            Object type = m.get("type");
            if ("text".equals(type) && m.size() == 2 && m.get("value") instanceof String s) {
                out.add(new BodyNode.Text(s));
            } else if ("element".equals(type) && m.size() == 4 && m.get("tag") instanceof String tag
                    && m.get("props") instanceof Map && m.containsKey("children")) {
                List<BodyNode> kids = rootNodes(m.get("children"), here + "/children", depth + 1);
                if (kids == null) {
                    return null;
                }
                out.add(new BodyNode.Element(tag, object(m.get("props")), kids));
            } else if (n instanceof Map && ("text".equals(type) || "element".equals(type) || "comment".equals(type))) {
                // a node with members the model has no place for: keep the body raw, no defect
                return null;
            } else {
                problem("a body node must be {type: \"element\", tag, props, children} or {type: \"text\", value}, found "
                        + describe(n), here);
                return null;
            }
        }
        return out;
    }

    /** The toc, or null when it has a shape the model cannot hold exactly (kept raw). */
    private static @Nullable Toc toc(Map<String, Object> m) {
        if (!(m.get("title") instanceof String title) || !(m.get("links") instanceof List<?> rawLinks)) {
            return null;
        }
        Integer searchDepth = exactInt(m.get("searchDepth"));
        Integer depth = exactInt(m.get("depth"));
        if (searchDepth == null || depth == null) {
            return null;
        }
        List<TocLink> links = links(rawLinks, 0);
        if (links == null) {
            return null;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        List<String> order = List.of("title", "searchDepth", "depth", "links");
        int i = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (i < order.size() && e.getKey().equals(order.get(i))) {
                i++;
            } else if (order.contains(e.getKey())) {
                return null;
            } else {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return new Toc(title, searchDepth, depth, links, extra);
    }

    private static @Nullable List<TocLink> links(List<?> raw, int depth) {
        if (depth > MAX_BODY_DEPTH) {
            return null;
        }
        List<TocLink> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("id") instanceof String id) || !(m.get("text") instanceof String text)) {
                return null;
            }
            Integer d = exactInt(m.get("depth"));
            if (d == null) {
                return null;
            }
            List<?> keys = List.copyOf(m.keySet());
            List<TocLink> children = List.of();
            if (keys.equals(List.of("id", "depth", "text", "children")) && m.get("children") instanceof List<?> kids) {
                children = links(kids, depth + 1);
                if (children == null || children.isEmpty()) {
                    return null;
                }
            } else if (!keys.equals(List.of("id", "depth", "text"))) {
                return null;
            }
            out.add(new TocLink(id, d, text, children));
        }
        return out;
    }

    /** {@code null} and {@code undefined} are absent values, not mismatches; {@code undefined} is kept so writers leave the member out. */
    private static boolean absent(Object v, String key, Map<String, Object> extra) {
        if (v == Undefined.INSTANCE) {
            extra.put(key, v);
            return true;
        }
        return v == JsonNull.INSTANCE;
    }

    /** A member that is not of its field's type: kept in {@code extra}, reported at {@code at/key} under the field's rule. */
    private void mismatch(Field<?> f, Object v, String at, Map<String, Object> extra) {
        extra.put(f.name(), v);
        problem(f.typeRuleId(), "'" + f.name() + "' must be " + f.type().expected() + ", found " + describe(v), member(at, f.name()));
    }

    /** The pointer of member {@code key} of the object at {@code at}; built only when needed. */
    private static String member(String at, String key) {
        return at + "/" + SourceMap.escape(key);
    }

    private void problem(String message, String at) {
        problem(TYPE_MISMATCH, message, at);
    }

    private void problem(String ruleId, String message, String at) {
        problems.add(Problem.error(ruleId, message, locator.locate(source, prefix + at)));
    }

    static @Nullable Integer exactInt(@Nullable Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE && !(d == 0 && 1 / d < 0)) {
                return (int) d;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v) {
        return (Map<String, Object>) v;
    }

    /**
     * Describes a value for a message: {@code the string "x"}, {@code the number 1.5},
     * {@code an array}, {@code an object}, {@code null}, {@code undefined}, {@code true}.
     *
     * @param v the value
     * @return the description
     */
    static String describe(@Nullable Object v) {
        if (v == null || v == JsonNull.INSTANCE) {
            return "null";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v instanceof String s) {
            String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
            return "the string \"" + shown + "\"";
        }
        if (v instanceof Number n) {
            return "the number " + dev.qakit.io.internal.js.JsNumberText.toString(n.doubleValue());
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof Map) {
            return "an object";
        }
        return "a value of type " + v.getClass().getSimpleName();
    }
}
