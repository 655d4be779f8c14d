package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.Sibling;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps one async-data entry ({@code {page, siblings, blog}}, reactive wrappers removed) onto a
 * {@link PageData}. Every type mismatch is a {@code nuxt.type-mismatch} problem at the
 * member's pointer and payload slot; the mismatched value is kept in the enclosing record's
 * {@code extra} map under its own name, so nothing is lost and writers put it back in place.
 * One instance per entry: it collects problems.
 */
final class PageDataMapper {
    /** Rule id of a member whose value has the wrong type. */
    static final String TYPE_MISMATCH = "nuxt.type-mismatch";
    /** Rule id of an entry that is not a question page. */
    static final String NOT_A_PAGE = "nuxt.not-a-page";
    private static final int MAX_BODY_DEPTH = 1000;

    private final String source;
    private final String prefix;
    private final SlotLocator locator;
    private final List<Problem> problems = new ArrayList<>();

    private PageDataMapper(String source, String prefix, SlotLocator locator) {
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
    static ReadResult<PageData> map(Object entry, String source, String prefix, SlotLocator locator) {
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
            switch (key) {
                case "page" -> page = page(object(v), "/page");
                case "siblings" -> {
                    List<Sibling> s = siblings(v, "/siblings");
                    if (s == null) {
                        extra.put(key, v);
                    } else {
                        siblings = s;
                    }
                }
                case "blog" -> blog = v;
                default -> extra.put(key, v);
            }
        }
        return new PageData(page, siblings, blog, extra);
    }

    private Page page(Map<String, Object> m, String at) {
        Page.Builder b = Page.builder();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            switch (key) {
                case "id" -> b.id(string(v, key, at, extra));
                case "title" -> b.title(string(v, key, at, extra));
                case "description" -> b.description(string(v, key, at, extra));
                case "difficulty" -> b.difficulty(string(v, key, at, extra));
                case "extension" -> b.extension(string(v, key, at, extra));
                case "framework" -> b.framework(string(v, key, at, extra));
                case "frameworkSlug" -> b.frameworkSlug(string(v, key, at, extra));
                case "path" -> b.path(string(v, key, at, extra));
                case "seoDescription" -> b.seoDescription(string(v, key, at, extra));
                case "stem" -> b.stem(string(v, key, at, extra));
                case "subtopic" -> b.subtopic(string(v, key, at, extra));
                case "topic" -> b.topic(string(v, key, at, extra));
                case "topicSlug" -> b.topicSlug(string(v, key, at, extra));
                case "updated" -> b.updated(string(v, key, at, extra));
                case "__hash__" -> b.hash(string(v, key, at, extra));
                case "order" -> b.order(integer(v, key, at, extra));
                case "questionsCount" -> b.questionsCount(integer(v, key, at, extra));
                case "meta" -> {
                    if (v instanceof Map) {
                        b.meta(object(v));
                    } else {
                        mismatch(key, "an object", v, at, extra);
                    }
                }
                case "navigation" -> {
                    if (v instanceof Boolean flag) {
                        b.navigation(Navigation.of(flag));
                    } else if (v instanceof Map) {
                        b.navigation(Navigation.of(object(v)));
                    } else if (!absent(v, key, extra)) {
                        mismatch(key, "true, false or an object", v, at, extra);
                    }
                }
                case "related" -> {
                    if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                        List<String> related = new ArrayList<>();
                        for (Object o : list) {
                            related.add((String) o);
                        }
                        b.related(related);
                    } else if (!absent(v, key, extra)) {
                        mismatch(key, "a list of routes or null", v, at, extra);
                    }
                }
                case "questions" -> {
                    List<Question> qs = questions(v, member(at, key));
                    if (qs == null) {
                        extra.put(key, v);
                    } else {
                        b.questions(qs);
                    }
                }
                case "seo" -> {
                    if (v instanceof Map) {
                        b.seo(seo(object(v), member(at, key)));
                    } else if (!absent(v, key, extra)) {
                        mismatch(key, "an object", v, at, extra);
                    }
                }
                case "body" -> {
                    if (v instanceof Map) {
                        Body body = body(object(v), member(at, key));
                        if (body == null) {
                            extra.put(key, v);
                        } else {
                            b.body(body);
                        }
                    } else if (!absent(v, key, extra)) {
                        mismatch(key, "an object {type, value, toc}", v, at, extra);
                    }
                }
                default -> extra.put(key, v);
            }
        }
        return b.extra(extra).build();
    }

    private @Nullable List<Question> questions(Object v, String at) {
        return objects(v, at, "questions", "question", "{id, difficulty, q, a}", (m, here) -> {
            String id = null;
            String difficulty = null;
            String text = null;
            String answer = null;
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String key = e.getKey();
                switch (key) {
                    case "id" -> id = string(e.getValue(), key, here, extra);
                    case "difficulty" -> difficulty = string(e.getValue(), key, here, extra);
                    case "q" -> text = string(e.getValue(), key, here, extra);
                    case "a" -> answer = string(e.getValue(), key, here, extra);
                    default -> extra.put(key, e.getValue());
                }
            }
            return new Question(id, difficulty, text, answer, extra);
        });
    }

    private @Nullable List<Sibling> siblings(Object v, String at) {
        return objects(v, at, "siblings", "sibling", "{subtopic, path, order}", (m, here) -> {
            String subtopic = null;
            String path = null;
            Integer order = null;
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String key = e.getKey();
                switch (key) {
                    case "subtopic" -> subtopic = string(e.getValue(), key, here, extra);
                    case "path" -> path = string(e.getValue(), key, here, extra);
                    case "order" -> order = integer(e.getValue(), key, here, extra);
                    default -> extra.put(key, e.getValue());
                }
            }
            return new Sibling(subtopic, path, order, extra);
        });
    }

    /**
     * Maps a list of objects member by member; a value that is not a list, or an element that is
     * not an object, is a problem, and the caller then keeps the raw value (null result).
     */
    private <T> @Nullable List<T> objects(Object v, String at, String member, String element, String shape,
            java.util.function.BiFunction<Map<String, Object>, String, T> mapper) {
        if (!(v instanceof List<?> list)) {
            problem("'" + member + "' must be a list of " + shape + " objects, found " + describe(v), at);
            return null;
        }
        List<T> out = new ArrayList<>(list.size());
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            String here = at + "/" + i;
            if (!(o instanceof Map)) {
                problem(element + " " + i + " must be an object " + shape + ", found " + describe(o), here);
                ok = false;
                continue;
            }
            out.add(mapper.apply(object(o), here));
        }
        return ok ? out : null;
    }

    private Seo seo(Map<String, Object> m, String at) {
        String title = null;
        String description = null;
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String key = e.getKey();
            switch (key) {
                case "title" -> title = string(e.getValue(), key, at, extra);
                case "description" -> description = string(e.getValue(), key, at, extra);
                default -> extra.put(key, e.getValue());
            }
        }
        return new Seo(title, description, extra);
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

    private @Nullable String string(Object v, String key, String at, Map<String, Object> extra) {
        if (v instanceof String s) {
            return s;
        }
        if (!absent(v, key, extra)) {
            mismatch(key, "a string", v, at, extra);
        }
        return null;
    }

    private @Nullable Integer integer(Object v, String key, String at, Map<String, Object> extra) {
        Integer i = exactInt(v);
        if (i != null) {
            return i;
        }
        if (!absent(v, key, extra)) {
            mismatch(key, "an integer", v, at, extra);
        }
        return null;
    }

    /** {@code null} and {@code undefined} are absent values, not mismatches; {@code undefined} is kept so writers leave the member out. */
    private static boolean absent(Object v, String key, Map<String, Object> extra) {
        if (v == Undefined.INSTANCE) {
            extra.put(key, v);
            return true;
        }
        return v == JsonNull.INSTANCE;
    }

    /** A member that is not of the expected type: kept in {@code extra}, reported at {@code at/key}. */
    private void mismatch(String key, String expected, Object v, String at, Map<String, Object> extra) {
        extra.put(key, v);
        problem("'" + key + "' must be " + expected + ", found " + describe(v), member(at, key));
    }

    /** The pointer of member {@code key} of the object at {@code at}; built only when needed. */
    private static String member(String at, String key) {
        return at + "/" + SourceMap.escape(key);
    }

    private void problem(String message, String at) {
        problems.add(Problem.error(TYPE_MISMATCH, message, locator.locate(source, prefix + at)));
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
