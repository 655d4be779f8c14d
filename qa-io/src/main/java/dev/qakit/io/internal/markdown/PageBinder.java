package dev.qakit.io.internal.markdown;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.internal.js.JsNumberText;
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
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.FieldType;
import dev.qakit.model.internal.Origin;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Markdown document (frontmatter + body) into a {@link PageData}, with a source map
 * keyed by payload-shaped pointers ({@code /page/questions/2/a}). A question's text and answer
 * are located at their first character (after an opening quote, or on the first line of a block
 * scalar), so that a position inside their Markdown is that location plus its own line and
 * column.
 */
public final class PageBinder {
    /** The frontmatter key under which the writer keeps what Markdown cannot otherwise carry. */
    public static final String STATE_KEY = "qakit";
    /** The page collection's own frontmatter keys (always at the top level of a page). */
    private static final Set<String> PAGE_KEYS = Set.copyOf(PageSchema.pageKeys());

    private final SourceText text;
    private final String collection;
    private final String relativePath;
    private final Set<String> declared;
    private final int maxAliasExpansion;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, SourceLocation> yamlLocations = Map.of();

    private PageBinder(SourceText text, String collection, String relativePath, Set<String> declared, int maxAliasExpansion) {
        this.text = text;
        this.collection = collection;
        this.relativePath = relativePath;
        this.declared = declared;
        this.maxAliasExpansion = maxAliasExpansion;
    }

    /**
     * Reads a document.
     *
     * @param text the file text as decoded and normalised ({@link SourceText#of}, {@link SourceText#ofAscii})
     * @param collection the collection name (first segment of {@code id})
     * @param relativePath the file path inside the content root, {@code /}-separated
     * @param declared the collection schema's declared keys
     * @param maxAliasExpansion the bound on values produced through YAML aliases
     * @param extraProblems problems found before the text (encoding), prepended
     * @return the result
     */
    public static ReadResult<PageData> read(SourceText text, String collection, String relativePath, Set<String> declared,
            int maxAliasExpansion, List<Problem> extraProblems) {
        PageBinder b = new PageBinder(text, collection, relativePath, declared, maxAliasExpansion);
        b.problems.addAll(extraProblems);
        return b.read();
    }

    private ReadResult<PageData> read() {
        if (text.hasBom()) {
            problems.add(Problem.warning("frontmatter.bom",
                    "the file starts with a byte-order mark; it is read normally here, but Nuxt Content then loses the frontmatter and the page. Save the file as UTF-8 without BOM",
                    SourceLocation.at(relativePath, 1, 1)));
        }
        Frontmatter fm = Frontmatter.split(text, problems);
        if (fm == null) {
            return ReadResult.failed(problems, SourceMap.of(relativePath, Map.of("", text.at(1, 1))));
        }
        Map<String, Object> root = Map.of();
        if (fm.yaml() != null) {
            YamlTree tree = YamlTree.read(fm.yaml(), fm.yamlFirstLine(), text, maxAliasExpansion, problems);
            if (tree == null) {
                return ReadResult.failed(problems, SourceMap.of(relativePath, Map.of("", text.at(1, 1))));
            }
            yamlLocations = tree.locations();
            root = unflatten(tree.root());
        }
        Minimark.Result body = Minimark.convert(fm.body());
        if (body.truncated()) {
            problems.add(Problem.warning("markdown.too-deep", "the body nests too deeply; the deepest content is kept as plain text",
                    text.at(fm.bodyFirstLine(), 1)));
        }
        PageData data = bind(root, body, fm);
        return ReadResult.of(data, problems, SourceMap.of(relativePath, payloadLocations(fm, body)));
    }

    // ---- unflattening ---------------------------------------------------------------------

    private Map<String, Object> unflatten(Map<String, Object> root) {
        boolean dotted = root.keySet().stream().anyMatch(PageBinder::isDotted);
        if (!dotted) {
            return root;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : root.entrySet()) {
            String key = e.getKey();
            if (!isDotted(key)) {
                Object existing = out.get(key);
                if (existing instanceof Map && e.getValue() instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> target = (Map<String, Object>) existing;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = (Map<String, Object>) m;
                    target.putAll(source);
                } else {
                    out.put(key, e.getValue() instanceof Map<?, ?> m2 ? mutable(m2) : e.getValue());
                }
                continue;
            }
            String[] parts = key.split("\\.");
            Map<String, Object> cursor = out;
            boolean ok = true;
            for (int i = 0; i < parts.length - 1 && ok; i++) {
                Object next = cursor.get(parts[i]);
                if (next == null) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    cursor.put(parts[i], m);
                    cursor = m;
                } else if (next instanceof LinkedHashMap<?, ?>) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) next;
                    cursor = m;
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                problems.add(Problem.warning("frontmatter.dotted-key",
                        "key '" + key + "' cannot be nested: '" + parts[0] + "' already holds a value that is not a mapping; the key is ignored",
                        yamlLocations.getOrDefault("/" + SourceMap.escape(key), text.at(2, 1))));
                continue;
            }
            cursor.put(parts[parts.length - 1], e.getValue());
        }
        return freeze(out);
    }

    private static boolean isDotted(String key) {
        if (key.indexOf('.') < 0) {
            return false;
        }
        for (String part : key.split("\\.", -1)) {
            if (part.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> mutable(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static Map<String, Object> freeze(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            if (v instanceof LinkedHashMap<?, ?> inner) {
                @SuppressWarnings("unchecked")
                Map<String, Object> im = (Map<String, Object>) inner;
                v = freeze(im);
            }
            out.put(e.getKey(), v);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The YAML pointer of a top-level key after unflattening: {@code navigation.icon} → {@code /navigation/icon}. */
    private Map<String, SourceLocation> payloadLocations(Frontmatter fm, Minimark.Result body) {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        out.put("", text.at(1, 1));
        out.put("/page/body", text.at(fm.bodyFirstLine() <= text.lineCount() ? fm.bodyFirstLine() : text.lineCount(), 1));
        // every body element at its own line and column (body lines are file lines from bodyFirstLine on)
        for (Map.Entry<String, int[]> e : body.positions().entrySet()) {
            int line = fm.bodyFirstLine() + e.getValue()[0];
            if (line <= text.lineCount()) {
                out.put("/page/body/value" + e.getKey(), text.at(line, e.getValue()[1] + 1));
            }
        }
        // the pointers of one top-level key are consecutive: its head (prefix and path) is made once
        String token = null;
        String head = "";
        boolean pageKey = false;
        boolean questions = false;
        for (Map.Entry<String, SourceLocation> e : yamlLocations.entrySet()) {
            String p = e.getKey();
            if (p.isEmpty()) {
                out.put("/page", e.getValue());
                continue;
            }
            int slash = p.indexOf('/', 1);
            int end = slash < 0 ? p.length() : slash;
            if (token == null || token.length() != end - 1 || !p.startsWith(token, 1)) {
                token = p.substring(1, end);
                String first = unescape(token);
                StringBuilder path = new StringBuilder();
                String top = first;
                if (isDotted(first)) {
                    String[] parts = first.split("\\.");
                    top = parts[0];
                    for (String part : parts) {
                        path.append('/').append(SourceMap.escape(part));
                    }
                } else {
                    path.append('/').append(SourceMap.escape(first));
                }
                String prefix;
                if (top.equals(STATE_KEY)) {
                    prefix = "/qakit";
                } else if (declared.contains(top) || PAGE_KEYS.contains(top)) {
                    prefix = "/page";
                } else {
                    prefix = "/page/meta";
                }
                head = prefix + path;
                pageKey = prefix.equals("/page");
                questions = first.equals("questions");
            }
            String pointer = slash < 0 ? head : head.concat(p.substring(slash));
            out.put(pointer, pageKey && questions && isQuestionText(p, slash) ? firstCharacter(e.getValue()) : e.getValue());
        }
        return out;
    }

    /** Whether the part of a pointer from {@code slash} on is {@code /N/q} or {@code /N/a}. */
    private static boolean isQuestionText(String p, int slash) {
        int n = p.length();
        if (slash < 0 || n - slash < 4 || p.charAt(n - 2) != '/' || p.charAt(n - 1) != 'q' && p.charAt(n - 1) != 'a') {
            return false;
        }
        for (int i = slash + 1; i < n - 2; i++) {
            if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A text value's first character: after its opening quote, or where a block scalar's first line is indented to. */
    private SourceLocation firstCharacter(SourceLocation at) {
        int line = at.line();
        if (line < 1 || line > text.lineCount()) {
            return at;
        }
        String t = text.text();
        int start = text.lineStart(line);
        int end = line < text.lineCount() ? text.lineStart(line + 1) - 1 : t.length();
        int i = start + at.column() - 1 - (line == 1 && text.hasBom() ? 1 : 0);
        if (i < start || i >= end) {
            return at;
        }
        char c = t.charAt(i);
        if (c == '"' || c == '\'') {
            return new SourceLocation(at.source(), line, at.column() + 1, at.pointer());
        }
        if (c == '|' || c == '>') {
            // the block's indentation, from its first line that is not blank
            for (int l = line + 1; l <= text.lineCount(); l++) {
                int from = text.lineStart(l);
                int to = l < text.lineCount() ? text.lineStart(l + 1) - 1 : t.length();
                int indent = from;
                while (indent < to && t.charAt(indent) == ' ') {
                    indent++;
                }
                int k = indent;
                while (k < to && Character.isWhitespace(t.charAt(k))) {
                    k++;
                }
                if (k < to) {
                    return new SourceLocation(at.source(), line + 1, indent - from + 1, at.pointer());
                }
            }
        }
        return at;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    // ---- binding --------------------------------------------------------------------------

    private SourceLocation loc(String yamlPointer) {
        String p = yamlPointer;
        while (true) {
            SourceLocation l = yamlLocations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return text.at(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private PageData bind(Map<String, Object> fm, Minimark.Result body, Frontmatter split) {
        ContentFileNames names = ContentFileNames.of(collection, relativePath);
        Map<?, ?> pinned = fm.get(STATE_KEY) instanceof Map<?, ?> st && st.get("source") instanceof Map<?, ?> src ? src : Map.of();
        @Nullable Object[] values = PageSchema.PAGE.newValues();
        set(values, "id", pinned.get("id") instanceof String s ? s : names.id());
        set(values, "stem", pinned.get("stem") instanceof String s ? s : names.stem());
        set(values, "path", pinned.get("path") instanceof String s ? s : names.path());
        set(values, "extension", pinned.get("extension") instanceof String s ? s : names.extension());
        String fmTitle = string(fm, PageSchema.PAGE.field("title"));
        String fmDescription = string(fm, PageSchema.PAGE.field("description"));
        String headingTitle = fmTitle != null ? fmTitle : body.title();
        // the file's title, made only when neither the frontmatter nor an h1 gives one
        String title = headingTitle != null && !headingTitle.isEmpty() ? headingTitle
                : pinned.get("title") instanceof String s ? s : dev.qakit.model.ContentPaths.titleOf(names.stem());
        String description = fmDescription != null ? fmDescription : body.description();
        set(values, "title", title);
        set(values, "description", description);

        Toc toc = toc(fm.get("toc"), body.nodes());
        set(values, "body", new Body(Body.MINIMARK, body.nodes(), toc, Map.of()));

        Map<String, Object> seoIn = Map.of();
        Field<Page> seoField = field("seo");
        Object seoValue = fm.get(seoField.name());
        if (seoValue instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sm = (Map<String, Object>) m;
            seoIn = sm;
        } else if (seoValue != null && seoValue != JsonNull.INSTANCE) {
            typeProblem("/seo", seoField, "seo", "a mapping", seoValue);
        }
        @Nullable Object[] seo = PageSchema.SEO.newValues();
        Map<String, Object> seoExtra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : seoIn.entrySet()) {
            Field<Seo> f = PageSchema.SEO.field(e.getKey());
            if (f == null) {
                seoExtra.put(e.getKey(), e.getValue());
            } else {
                String given = string(e.getValue(), "/seo/" + SourceMap.escape(f.name()), "seo." + f.name(), f);
                seo[PageSchema.SEO.indexOf(f)] = given != null && !given.isEmpty() ? given : null;
            }
        }
        int seoTitle = PageSchema.SEO.indexOf(PageSchema.SEO.field("title"));
        int seoDescription = PageSchema.SEO.indexOf(PageSchema.SEO.field("description"));
        if (seo[seoTitle] == null) {
            seo[seoTitle] = headingTitle != null && !headingTitle.isEmpty() ? headingTitle : null;
        }
        if (seo[seoDescription] == null) {
            seo[seoDescription] = description;
        }
        set(values, "seo", PageSchema.SEO.create(seo, seoExtra));

        Object nav = fm.get("navigation");
        if (nav == null) {
            set(values, "navigation", Navigation.SHOWN);
        } else if (nav instanceof Boolean flag) {
            set(values, "navigation", Navigation.of(flag));
        } else if (nav instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nm = (Map<String, Object>) m;
            set(values, "navigation", Navigation.of(nm));
        } else if (nav != JsonNull.INSTANCE) {
            typeProblem("/navigation", field("navigation"), "navigation", "true, false or a mapping", nav);
            set(values, "navigation", Navigation.SHOWN);
        }

        List<Question> questions = List.of();
        for (Field<Page> f : PageSchema.PAGE.fields()) {
            if (f.origin() != Origin.DECLARED || !declared.contains(f.name())) {
                continue;
            }
            switch (f.type()) {
                case STRING -> set(values, f.name(), string(fm, f));
                case INTEGER -> set(values, f.name(), integer(fm, f));
                case OBJECT_LIST -> {
                    questions = questions(fm.get(f.name()), f);
                    set(values, f.name(), questions);
                }
                case STRING_LIST -> set(values, f.name(), related(fm.get(f.name()), f));
                default -> throw new IllegalStateException("no Markdown binding for declared field " + f);
            }
        }
        if (declared.contains("questionsCount")) {
            set(values, "questionsCount", questions.size());
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            String k = e.getKey();
            if (!declared.contains(k) && !PAGE_KEYS.contains(k) && !k.equals(STATE_KEY)) {
                meta.put(k, e.getValue());
            }
        }
        set(values, "meta", meta);

        List<Sibling> siblings = List.of();
        Object blog = JsonNull.INSTANCE;
        Map<String, Object> dataExtra = Map.of();
        Map<String, Object> pageExtra = Map.of();
        Object state = fm.get(STATE_KEY);
        if (state instanceof Map<?, ?> sm) {
            if (sm.get("hash") instanceof String h) {
                set(values, "__hash__", h);
            }
            if (sm.get("extra") instanceof Map<?, ?> ex) {
                pageExtra = stringKeys(ex);
            }
            if (sm.get("data") instanceof Map<?, ?> dx) {
                dataExtra = stringKeys(dx);
            }
            if (sm.containsKey("blog")) {
                blog = sm.get("blog");
            }
            if (sm.get("questionsCount") instanceof Integer qc) {
                set(values, "questionsCount", qc);
            }
            if (sm.get("siblings") instanceof List<?> list) {
                siblings = siblings(list);
            }
        } else if (state != null) {
            problems.add(Problem.error("frontmatter.type", "'" + STATE_KEY + "' must be a mapping, found " + YamlTree.describe(state),
                    loc("/" + STATE_KEY)));
        }
        return new PageData(PageSchema.PAGE.create(values, pageExtra), siblings, blog, dataExtra);
    }

    private static Field<Page> field(String name) {
        return Objects.requireNonNull(PageSchema.PAGE.field(name), name);
    }

    private static void set(@Nullable Object[] values, String name, @Nullable Object value) {
        values[PageSchema.PAGE.indexOf(field(name))] = value;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Siblings the writer kept under {@code qakit.siblings}; members of the wrong type are left out. */
    private static List<Sibling> siblings(List<?> list) {
        List<Sibling> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                @Nullable Object[] values = PageSchema.SIBLING.newValues();
                Map<String, Object> extra = new LinkedHashMap<>();
                m.forEach((k, v) -> {
                    Field<Sibling> f = PageSchema.SIBLING.field(String.valueOf(k));
                    if (f == null) {
                        extra.put(String.valueOf(k), v);
                    } else if (f.type() == FieldType.STRING ? v instanceof String : v instanceof Integer) {
                        values[PageSchema.SIBLING.indexOf(f)] = v;
                    }
                });
                out.add(PageSchema.SIBLING.create(values, extra));
            }
        }
        return out;
    }

    private static @Nullable Toc toc(@Nullable Object option, List<BodyNode> nodes) {
        if (option == Boolean.FALSE) {
            return null;
        }
        Toc base = Toc.of(List.of());
        String title = base.title();
        int searchDepth = base.searchDepth();
        int depth = base.depth();
        if (option instanceof Map<?, ?> m) {
            if (m.get("title") instanceof String t) {
                title = t;
            }
            if (m.get("searchDepth") instanceof Integer i) {
                searchDepth = i;
            }
            if (m.get("depth") instanceof Integer i) {
                depth = i;
            }
        }
        return Minimark.toc(nodes, title, searchDepth, depth);
    }

    private @Nullable String string(Map<String, Object> fm, @Nullable Field<Page> f) {
        Field<Page> field = Objects.requireNonNull(f, "field");
        return string(fm.get(field.name()), "/" + SourceMap.escape(field.name()), field.name(), field);
    }

    /**
     * A string value; a number or boolean is a type problem and is still made into the string
     * JavaScript's {@code String()} gives for it ({@code 1e-7}, {@code 12345678901234567000}).
     */
    private @Nullable String string(@Nullable Object v, String pointer, String name, Field<?> field) {
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        typeProblem(pointer, field, name, FieldType.STRING.expected(), v);
        if (v instanceof Number n) {
            return JsNumberText.toString(n.doubleValue());
        }
        return v instanceof Boolean ? String.valueOf(v) : null;
    }

    /** A value for a message; numbers as JavaScript prints them. */
    private static String describe(Object value) {
        return value instanceof Number n ? "the number " + JsNumberText.toString(n.doubleValue()) : YamlTree.describe(value);
    }

    private @Nullable Integer integer(Map<String, Object> fm, Field<Page> f) {
        String key = f.name();
        Object v = fm.get(key);
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        typeProblem("/" + SourceMap.escape(key), f, key, f.type().expected(), v);
        if (v instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A value of the wrong type for a schema field, reported under the field's rule id. */
    private void typeProblem(String pointer, Field<?> field, String name, String expected, Object found) {
        problems.add(Problem.error(field.typeRuleId(), "'" + name + "' must be " + expected + ", found " + describe(found),
                loc(pointer)));
    }

    private List<Question> questions(@Nullable Object v, Field<Page> field) {
        if (v == null || v == JsonNull.INSTANCE) {
            return List.of();
        }
        RecordSchema<Question> schema = PageSchema.QUESTION;
        String shape = schema.shape();
        if (!(v instanceof List<?> list)) {
            typeProblem("/" + field.name(), field, field.name(), "a list of questions (" + shape + ")", v);
            return List.of();
        }
        List<Question> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String p = "/" + field.name() + "/" + i;
            Object item = list.get(i);
            @Nullable Object[] values = schema.newValues();
            Map<String, Object> extra = new LinkedHashMap<>();
            if (!(item instanceof Map<?, ?> m)) {
                typeProblem(p, field, field.name() + "[" + i + "]", "a mapping " + shape, item);
                out.add(schema.create(values, extra));
                continue;
            }
            m.forEach((k, val) -> {
                String key = String.valueOf(k);
                if (schema.field(key) == null) {
                    extra.put(key, val);
                }
            });
            for (Field<Question> f : schema.fields()) {
                values[schema.indexOf(f)] = string(m.get(f.name()), p + "/" + SourceMap.escape(f.name()),
                        field.name() + "[" + i + "]." + f.name(), f);
            }
            out.add(schema.create(values, extra));
        }
        return out;
    }

    private @Nullable List<String> related(@Nullable Object v, Field<Page> field) {
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            typeProblem("/" + field.name(), field, field.name(), "a list of page routes", v);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String s = string(list.get(i), "/" + field.name() + "/" + i, field.name() + "[" + i + "]", field);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The names Nuxt Content derives from a file's place in the content root. */
    record ContentFileNames(String id, String stem, String path, String extension) {
        static ContentFileNames of(String collection, String relativePath) {
            String stem = dev.qakit.model.ContentPaths.stemOf(relativePath);
            return new ContentFileNames(collection + "/" + relativePath, stem, dev.qakit.model.ContentPaths.routeOf(stem),
                    dev.qakit.model.ContentPaths.extensionOf(relativePath));
        }
    }

}
