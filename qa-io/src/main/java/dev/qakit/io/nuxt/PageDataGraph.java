package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Converts between a question page's async-data entry as a devalue value graph
 * ({@code {page, siblings, blog}} of ordered {@code Map}s, {@code List}s, strings, numbers,
 * booleans and marker values) and {@link PageData}.
 *
 * <p>{@link #toGraph(PageData)} gives the entry a Nuxt site would put in its payload, with the
 * payload's member names ({@code q}, {@code a}, {@code __hash__}) and order: the page's
 * members in Nuxt Content 3's order ({@code id}, {@code title}, {@code body},
 * {@code description}, the others alphabetically, {@code __hash__} last), every nested object
 * in its own order, then the members the model does not know. A value that a reader kept in an
 * {@code extra} map under a modelled name (because its type was wrong) comes out in that
 * member's place, in preference to the component. Null page components are written as
 * {@code null}, as Nuxt Content returns a missing column, except for Nuxt Content 2 documents (recognised by a {@code _path} or
 * {@code _id} member), which only have the members their source set; null components of nested
 * objects are left out. Numbers are {@code Double}s, as the devalue codec decodes them, so
 * {@code toGraph(fromGraph(entry))} equals the entry with its reactive wrappers removed.
 *
 * <p>{@link #fromGraph(Object, String)} maps the other way and reports type mismatches as
 * problems. Stateless and thread-safe.
 */
public final class PageDataGraph {
    /** Nuxt Content writes these members first, in this order … */
    private static final List<String> PAGE_HEAD = PageSchema.PAGE.names().subList(0, 4);
    /** … and this one last; the others in between, alphabetically. */
    private static final String HASH = PageSchema.PAGE.names().get(PageSchema.PAGE.names().size() - 1);
    private PageDataGraph() {
    }

    /**
     * Maps an async-data entry onto a {@link PageData}; see {@link NuxtPayloadReader} for the
     * rules. Reactive wrappers must have been removed already.
     *
     * @param entry the entry's value ({@code {page, siblings, blog}})
     * @param source the file or label named in problem locations
     * @return the page data (absent only when the entry is not an object with a {@code page}
     *     object) with the problems found; pointers are relative to the entry
     */
    public static ReadResult<PageData> fromGraph(Object entry, String source) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(source, "source");
        return PageDataMapper.map(entry, source, "", PayloadSlots.NONE);
    }

    /**
     * The async-data entry of a page, as a value graph of unmodifiable ordered maps and lists.
     *
     * @param data the page data
     * @return the entry {@code {page, siblings, blog, …}}
     */
    public static Map<String, Object> toGraph(PageData data) {
        Objects.requireNonNull(data, "data");
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> extra = data.extra();
        for (Field<PageData> f : PageSchema.DATA.fields()) {
            put(out, f.name(), f.name().equals("page") ? page(data.page()) : value(f, f.get(data)), extra);
        }
        rest(out, extra);
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> page(Page p) {
        Map<String, @Nullable Object> known = new LinkedHashMap<>();
        for (Field<Page> f : PageSchema.PAGE.fields()) {
            known.put(f.name(), value(f, f.get(p)));
        }
        Map<String, Object> extra = p.extra();
        boolean content2 = extra.containsKey("_path") || extra.containsKey("_id");
        Map<String, Object> out = new LinkedHashMap<>();
        if (content2) {
            for (Map.Entry<String, @Nullable Object> e : known.entrySet()) {
                Object v = e.getValue();
                if (extra.containsKey(e.getKey())) {
                    out.put(e.getKey(), extra.get(e.getKey()));
                } else if (v != null && !(e.getKey().equals("questions") && p.questions().isEmpty())
                        && !(e.getKey().equals("meta") && p.meta().isEmpty())) {
                    out.put(e.getKey(), v);
                }
            }
            rest(out, extra);
            return Collections.unmodifiableMap(out);
        }
        TreeSet<String> middle = new TreeSet<>();
        for (String k : known.keySet()) {
            if (!PAGE_HEAD.contains(k) && !k.equals(HASH)) {
                middle.add(k);
            }
        }
        for (String k : extra.keySet()) {
            if (!PAGE_HEAD.contains(k) && !k.equals(HASH)) {
                middle.add(k);
            }
        }
        List<String> order = new ArrayList<>(PAGE_HEAD);
        order.addAll(middle);
        order.add(HASH);
        for (String k : order) {
            if (extra.containsKey(k)) {
                out.put(k, extra.get(k));
            } else if (known.containsKey(k)) {
                Object v = known.get(k);
                out.put(k, v != null ? v : JsonNull.INSTANCE);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A nested record: its fields in schema order, then its unknown members. */
    private static <R> Map<String, Object> object(RecordSchema<R> schema, R value) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> extra = schema.extra(value);
        for (Field<R> f : schema.fields()) {
            put(out, f.name(), value(f, f.get(value)), extra);
        }
        rest(out, extra);
        return Collections.unmodifiableMap(out);
    }

    /** A component's value as the payload holds it, or null when absent. */
    private static @Nullable Object value(Field<?> f, @Nullable Object v) {
        if (v == null) {
            return null;
        }
        return switch (f.type()) {
            case INTEGER -> number((Integer) v);
            case BOOLEAN_OR_MAP -> navigation((Navigation) v);
            case BODY -> body((Body) v);
            case OBJECT -> nested(Objects.requireNonNull(f.element()), v);
            case OBJECT_LIST -> {
                List<Object> out = new ArrayList<>();
                for (Object o : (List<?>) v) {
                    out.add(nested(Objects.requireNonNull(f.element()), o));
                }
                yield Collections.unmodifiableList(out);
            }
            case STRING, MAP, STRING_LIST, ANY -> v;
        };
    }

    @SuppressWarnings("unchecked")
    private static <R> Map<String, Object> nested(RecordSchema<R> schema, Object value) {
        return object(schema, (R) value);
    }

    private static Object navigation(Navigation n) {
        if (n instanceof Navigation.Custom c) {
            return c.fields();
        }
        return n.shown();
    }

    private static Map<String, Object> body(Body b) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> extra = b.extra();
        boolean root = Body.ROOT.equals(b.type());
        out.put("type", b.type());
        List<Object> nodes = new ArrayList<>();
        for (BodyNode n : b.value()) {
            nodes.add(root ? rootNode(n) : minimarkNode(n));
        }
        put(out, root ? "children" : "value", Collections.unmodifiableList(nodes), extra);
        put(out, "toc", b.toc() == null ? null : toc(b.toc()), extra);
        rest(out, extra);
        return Collections.unmodifiableMap(out);
    }

    private static Object minimarkNode(BodyNode node) {
        if (node instanceof BodyNode.Text t) {
            return t.value();
        }
        BodyNode.Element e = (BodyNode.Element) node;
        List<Object> out = new ArrayList<>(e.children().size() + 2);
        out.add(e.tag());
        out.add(e.props());
        for (BodyNode c : e.children()) {
            out.add(minimarkNode(c));
        }
        return Collections.unmodifiableList(out);
    }

    private static Object rootNode(BodyNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node instanceof BodyNode.Text t) {
            out.put("type", "text");
            out.put("value", t.value());
        } else {
            BodyNode.Element e = (BodyNode.Element) node;
            out.put("type", "element");
            out.put("tag", e.tag());
            out.put("props", e.props());
            List<Object> kids = new ArrayList<>();
            for (BodyNode c : e.children()) {
                kids.add(rootNode(c));
            }
            out.put("children", Collections.unmodifiableList(kids));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> toc(Toc toc) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> extra = toc.extra();
        out.put("title", toc.title());
        out.put("searchDepth", (double) toc.searchDepth());
        out.put("depth", (double) toc.depth());
        out.put("links", links(toc.links()));
        rest(out, extra);
        return Collections.unmodifiableMap(out);
    }

    private static List<Object> links(List<TocLink> links) {
        List<Object> out = new ArrayList<>();
        for (TocLink l : links) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("depth", (double) l.depth());
            m.put("text", l.text());
            if (!l.children().isEmpty()) {
                m.put("children", links(l.children()));
            }
            out.add(Collections.unmodifiableMap(m));
        }
        return Collections.unmodifiableList(out);
    }

    private static @Nullable Object number(@Nullable Integer n) {
        return n == null ? null : (Object) n.doubleValue();
    }

    /**
     * Puts a modelled member: what the extra map kept under its name (the raw value of a member
     * read with the wrong type, which the component holds only as far as it could be made
     * sense of), else its value, else nothing.
     */
    private static void put(Map<String, Object> out, String key, @Nullable Object value, Map<String, Object> extra) {
        if (extra.containsKey(key)) {
            out.put(key, extra.get(key));
        } else if (value != null) {
            out.put(key, value);
        }
    }

    /** Appends the extra members not yet written, in order. */
    private static void rest(Map<String, Object> out, Map<String, Object> extra) {
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
    }
}
