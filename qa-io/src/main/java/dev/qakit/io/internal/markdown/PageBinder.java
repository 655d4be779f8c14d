package dev.qakit.io.internal.markdown;

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
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Markdown document (frontmatter + body) into a {@link PageData}, with a source map
 * keyed by payload-shaped pointers ({@code /page/questions/2/a}).
 */
public final class PageBinder {
    /** The frontmatter key under which the writer keeps what Markdown cannot otherwise carry. */
    public static final String STATE_KEY = "qakit";
    /** The page collection's own frontmatter keys (always at the top level of a page). */
    public static final Set<String> PAGE_KEYS = Set.of("title", "description", "navigation", "seo");

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
     * @param raw the file text as decoded
     * @param collection the collection name (first segment of {@code id})
     * @param relativePath the file path inside the content root, {@code /}-separated; also the source name
     * @param declared the collection schema's declared keys
     * @param maxAliasExpansion the bound on values produced through YAML aliases
     * @param extraProblems problems found before the text (encoding), prepended
     * @return the result
     */
    public static ReadResult<PageData> read(String raw, String collection, String relativePath, Set<String> declared,
            int maxAliasExpansion, List<Problem> extraProblems) {
        PageBinder b = new PageBinder(SourceText.of(relativePath, raw), collection, relativePath, declared, maxAliasExpansion);
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
            yamlLocations = new LinkedHashMap<>(tree.locations());
            root = unflatten(tree.root());
        }
        Minimark.Result body = Minimark.convert(fm.body());
        if (body.truncated()) {
            problems.add(Problem.warning("markdown.too-deep", "the body nests too deeply; the deepest content is kept as plain text",
                    text.at(fm.bodyFirstLine(), 1)));
        }
        PageData data = bind(root, body, fm);
        return ReadResult.of(data, problems, SourceMap.of(relativePath, payloadLocations(fm)));
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
    private Map<String, SourceLocation> payloadLocations(Frontmatter fm) {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        out.put("", text.at(1, 1));
        out.put("/page/body", text.at(fm.bodyFirstLine() <= text.lineCount() ? fm.bodyFirstLine() : text.lineCount(), 1));
        for (Map.Entry<String, SourceLocation> e : yamlLocations.entrySet()) {
            String p = e.getKey();
            if (p.isEmpty()) {
                out.put("/page", e.getValue());
                continue;
            }
            int slash = p.indexOf('/', 1);
            String first = unescape(slash < 0 ? p.substring(1) : p.substring(1, slash));
            String rest = slash < 0 ? "" : p.substring(slash);
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
            path.append(rest);
            String prefix;
            if (top.equals(STATE_KEY)) {
                prefix = "/qakit";
            } else if (declared.contains(top) || PAGE_KEYS.contains(top)) {
                prefix = "/page";
            } else {
                prefix = "/page/meta";
            }
            out.put(prefix + path, e.getValue());
        }
        return out;
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
        Page.Builder b = Page.builder()
                .id(names.id())
                .stem(names.stem())
                .path(names.path())
                .extension(names.extension());

        String fmTitle = string(fm, "title");
        String fmDescription = string(fm, "description");
        String headingTitle = fmTitle != null ? fmTitle : body.title();
        String title = headingTitle != null && !headingTitle.isEmpty() ? headingTitle : names.fileTitle();
        String description = fmDescription != null ? fmDescription : body.description();
        b.title(title).description(description);

        Toc toc = toc(fm.get("toc"), body.nodes());
        b.body(new Body(Body.MINIMARK, body.nodes(), toc, Map.of()));

        Map<String, Object> seoIn = Map.of();
        Object seoValue = fm.get("seo");
        if (seoValue instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sm = (Map<String, Object>) m;
            seoIn = sm;
        } else if (seoValue != null && seoValue != JsonNull.INSTANCE) {
            typeProblem("/seo", "seo", "a mapping", seoValue);
        }
        String seoTitle = seoIn.get("title") instanceof String s && !s.isEmpty() ? s
                : headingTitle != null && !headingTitle.isEmpty() ? headingTitle : null;
        String seoDescription = seoIn.get("description") instanceof String s && !s.isEmpty() ? s : description;
        Map<String, Object> seoExtra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : seoIn.entrySet()) {
            if (!e.getKey().equals("title") && !e.getKey().equals("description")) {
                seoExtra.put(e.getKey(), e.getValue());
            }
        }
        b.seo(new Seo(seoTitle, seoDescription, seoExtra));

        Object nav = fm.get("navigation");
        if (nav == null) {
            b.navigation(Navigation.SHOWN);
        } else if (nav instanceof Boolean flag) {
            b.navigation(Navigation.of(flag));
        } else if (nav instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nm = (Map<String, Object>) m;
            b.navigation(Navigation.of(nm));
        } else if (nav != JsonNull.INSTANCE) {
            typeProblem("/navigation", "navigation", "true, false or a mapping", nav);
            b.navigation(Navigation.SHOWN);
        }

        b.framework(declaredString(fm, "framework"))
                .frameworkSlug(declaredString(fm, "frameworkSlug"))
                .topic(declaredString(fm, "topic"))
                .topicSlug(declaredString(fm, "topicSlug"))
                .subtopic(declaredString(fm, "subtopic"))
                .difficulty(declaredString(fm, "difficulty"))
                .updated(declaredString(fm, "updated"))
                .seoDescription(declaredString(fm, "seoDescription"))
                .order(declared.contains("order") ? integer(fm, "order") : null);

        List<Question> questions = declared.contains("questions") ? questions(fm.get("questions")) : List.of();
        b.questions(questions);
        b.questionsCount(declared.contains("questionsCount") ? questions.size() : null);
        b.related(declared.contains("related") ? related(fm.get("related")) : null);

        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            String k = e.getKey();
            if (!declared.contains(k) && !PAGE_KEYS.contains(k) && !k.equals(STATE_KEY)) {
                meta.put(k, e.getValue());
            }
        }
        b.meta(meta);

        List<Sibling> siblings = List.of();
        Object blog = JsonNull.INSTANCE;
        Map<String, Object> dataExtra = Map.of();
        Object state = fm.get(STATE_KEY);
        if (state instanceof Map<?, ?> sm) {
            if (sm.get("hash") instanceof String h) {
                b.hash(h);
            }
            if (sm.get("extra") instanceof Map<?, ?> ex) {
                b.extra(stringKeys(ex));
            }
            if (sm.get("data") instanceof Map<?, ?> dx) {
                dataExtra = stringKeys(dx);
            }
            if (sm.containsKey("blog")) {
                blog = sm.get("blog");
            }
            if (sm.get("questionsCount") instanceof Integer qc) {
                b.questionsCount(qc);
            }
            if (sm.get("siblings") instanceof List<?> list) {
                siblings = siblings(list);
            }
        } else if (state != null) {
            typeProblem("/" + STATE_KEY, STATE_KEY, "a mapping", state);
        }
        return new PageData(b.build(), siblings, blog, dataExtra);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private List<Sibling> siblings(List<?> list) {
        List<Sibling> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> extra = new LinkedHashMap<>();
                m.forEach((k, v) -> {
                    if (!k.equals("subtopic") && !k.equals("path") && !k.equals("order")) {
                        extra.put(String.valueOf(k), v);
                    }
                });
                out.add(new Sibling(m.get("subtopic") instanceof String s ? s : null, m.get("path") instanceof String p ? p : null,
                        m.get("order") instanceof Integer i ? i : null, extra));
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

    private @Nullable String declaredString(Map<String, Object> fm, String key) {
        return declared.contains(key) ? string(fm, key) : null;
    }

    private @Nullable String string(Map<String, Object> fm, String key) {
        return string(fm.get(key), "/" + SourceMap.escape(key), key);
    }

    private @Nullable String string(@Nullable Object v, String pointer, String name) {
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        typeProblem(pointer, name, "a string", v);
        if (v instanceof Number || v instanceof Boolean) {
            return v instanceof Double d ? jsNumber(d) : String.valueOf(v);
        }
        return null;
    }

    private static String jsNumber(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
            return String.valueOf((long) d);
        }
        return String.valueOf(d);
    }

    private @Nullable Integer integer(Map<String, Object> fm, String key) {
        Object v = fm.get(key);
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        typeProblem("/" + key, key, "a whole number", v);
        if (v instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private void typeProblem(String pointer, String name, String expected, Object found) {
        problems.add(Problem.error("frontmatter.type", "'" + name + "' must be " + expected + ", found " + YamlTree.describe(found), loc(pointer)));
    }

    private List<Question> questions(@Nullable Object v) {
        if (v == null || v == JsonNull.INSTANCE) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            typeProblem("/questions", "questions", "a list of questions ({id, difficulty, q, a})", v);
            return List.of();
        }
        List<Question> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String p = "/questions/" + i;
            Object item = list.get(i);
            if (!(item instanceof Map<?, ?> m)) {
                typeProblem(p, "questions[" + i + "]", "a mapping with id, difficulty, q and a", item);
                out.add(new Question(null, null, null, null, Map.of()));
                continue;
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            m.forEach((k, val) -> {
                String key = String.valueOf(k);
                if (!key.equals("id") && !key.equals("difficulty") && !key.equals("q") && !key.equals("a")) {
                    extra.put(key, val);
                }
            });
            out.add(new Question(
                    string(m.get("id"), p + "/id", "questions[" + i + "].id"),
                    string(m.get("difficulty"), p + "/difficulty", "questions[" + i + "].difficulty"),
                    string(m.get("q"), p + "/q", "questions[" + i + "].q"),
                    string(m.get("a"), p + "/a", "questions[" + i + "].a"),
                    extra));
        }
        return out;
    }

    private @Nullable List<String> related(@Nullable Object v) {
        if (v == null || v == JsonNull.INSTANCE) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            typeProblem("/related", "related", "a list of page routes", v);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String s = string(list.get(i), "/related/" + i, "related[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The names Nuxt Content derives from a file's place in the content root. */
    record ContentFileNames(String id, String stem, String path, String extension, String fileTitle) {
        static ContentFileNames of(String collection, String relativePath) {
            String[] parts = ContentNames.parts(relativePath);
            return new ContentFileNames(collection + "/" + relativePath, parts[0], dev.qakit.model.ContentPaths.routeOf(parts[0]), parts[1],
                    ContentNames.titleOf(parts[0]));
        }
    }

}
