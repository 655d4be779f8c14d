package dev.qakit.validate.internal;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.Rules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Checks one read page: its reader's problems, its constraints (with Bean Validation when the
 * run has a {@link Validator}, else with {@link BuiltInConstraints}) and the per-page lints; and
 * keeps the summary the site rules need. Stateless; one instance is shared by all threads of a run.
 */
final class PageChecker {
    /** Search engines show about this many characters of a description. */
    static final int SEO_DESCRIPTION_MAX = 160;

    private final @Nullable Validator validator;
    private final UnaryOperator<String> interner;

    PageChecker(@Nullable Validator validator, UnaryOperator<String> interner) {
        this.validator = validator;
        this.interner = interner;
    }

    /**
     * The outcome for one read: its problems (unfiltered) and, when there is a page, its summary
     * (made now, or decoded from a result cache when first asked for) and the rules the page
     * turns off.
     */
    record Outcome(String source, List<Problem> problems, @Nullable Supplier<PageSummary> summary, Set<String> disabled) {
        static Outcome of(String source, List<Problem> problems, PageSummary summary) {
            return new Outcome(source, problems, () -> summary, summary.disabled);
        }
    }

    Outcome check(String site, ReadResult<PageData> read) {
        SourceMap map = read.sourceMap();
        String source = map.locate("").source();
        List<Problem> problems = new ArrayList<>(read.problems());
        PageData data = read.value().orElse(null);
        if (data == null) {
            return new Outcome(source, problems, null, Set.of());
        }
        Page page = data.page();
        boolean questionPage = QuestionPages.isQuestionPage(page, problems);
        List<Problem> constraints = new ArrayList<>();
        if (validator == null) {
            BuiltInConstraints.check(data, map, constraints);
        } else {
            for (ConstraintViolation<PageData> v : validator.validate(data)) {
                constraints.add(ConstraintMapping.toProblem(v, map));
            }
        }
        for (Problem p : constraints) {
            if (questionPage || !QuestionPages.RULES.contains(p.ruleId())) {
                problems.add(p);
            }
        }
        QuestionPages.unknownKeys(page, map, problems);
        Set<String> disabled = disabledRules(page, map, problems);
        lintSeo(page, map, problems);
        List<PageSummary.Link> links = new ArrayList<>();
        List<Question> questions = page.questions();
        String[] ids = new String[questions.size()];
        long[] idLocs = new long[questions.size()];
        long[] hashes = new long[questions.size()];
        long[] textLocs = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String base = "/page/questions/" + i;
            ids[i] = q.id() == null ? "" : q.id();
            idLocs[i] = Loc.pack(map.locate(base + "/id"));
            hashes[i] = q.question() == null || q.question().isBlank() ? 0 : textHash(q.question());
            textLocs[i] = Loc.pack(map.locate(base + "/q"));
            if (q.answer() != null) {
                scanAnswer(q.answer(), map.locate(base + "/a"), problems, links);
            }
        }
        List<String> headings = new ArrayList<>();
        if (page.body() != null) {
            scanBody(page.body(), map, problems, links, headings);
        }
        String topic = questionPage ? Topic.of(page) : null;
        List<Sibling> sibs = data.siblings();
        long[] sibPathLocs = new long[sibs.size()];
        long[] sibOrderLocs = new long[sibs.size()];
        for (int i = 0; i < sibs.size(); i++) {
            sibPathLocs[i] = Loc.pack(map.locate("/siblings/" + i + "/path"));
            sibOrderLocs[i] = Loc.pack(map.locate("/siblings/" + i + "/order"));
        }
        PageSummary summary = new PageSummary(source, site, page.path(), Loc.pack(map.locate("/page/path")),
                page.id(), Loc.pack(map.locate("/page/id")), topic, page.order(), Loc.pack(map.locate("/page/order")),
                page.subtopic(), ids, idLocs, hashes, textLocs, headings.toArray(String[]::new),
                sibs.isEmpty() ? null : interner.apply(SiblingCodec.encode(sibs)), Loc.pack(map.locate("/siblings")),
                sibPathLocs, sibOrderLocs, List.copyOf(links), disabled);
        return Outcome.of(source, problems, summary);
    }

    /** The page's own {@code qa: {disable: [...]}} setting from its frontmatter. */
    private static Set<String> disabledRules(Page page, SourceMap map, List<Problem> problems) {
        Object qa = page.meta().get("qa");
        if (qa == null) {
            return Set.of();
        }
        String expected = "the page setting 'qa' must look like {disable: [rule-id, ...]}";
        if (!(qa instanceof Map<?, ?> m)) {
            problems.add(Problem.error(Rules.PAGE_QA_SETTING, expected, map.locate("/page/meta/qa")));
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String pointer = "/page/meta/qa/" + SourceMap.escape(String.valueOf(e.getKey()));
            if (!"disable".equals(e.getKey())) {
                problems.add(Problem.error(Rules.PAGE_QA_SETTING, "unknown key '" + e.getKey() + "' in the page setting 'qa'; "
                        + "expected 'disable'", map.locate(pointer)));
            } else if (e.getValue() instanceof String s) {
                out.add(s.strip());
            } else if (e.getValue() instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String s) {
                        out.add(s.strip());
                    } else {
                        problems.add(Problem.error(Rules.PAGE_QA_SETTING, "'qa.disable' must list rule ids (strings)",
                                map.locate(pointer + "/" + i)));
                    }
                }
            } else {
                problems.add(Problem.error(Rules.PAGE_QA_SETTING, expected, map.locate(pointer)));
            }
        }
        return Set.copyOf(out);
    }

    private static void lintSeo(Page page, SourceMap map, List<Problem> problems) {
        String seo = page.seoDescription();
        if (seo == null) {
            return;
        }
        int length = seo.codePointCount(0, seo.length());
        if (length > SEO_DESCRIPTION_MAX) {
            problems.add(Problem.warning(Rules.LINT_SEO_DESCRIPTION_LENGTH, "'seoDescription' is " + length
                    + " characters; search engines show about " + SEO_DESCRIPTION_MAX, map.locate("/page/seoDescription")));
        }
    }

    private static void scanAnswer(String answer, SourceLocation where, List<Problem> problems, List<PageSummary.Link> links) {
        MarkdownScan scan = MarkdownScan.of(answer);
        int indent = where.column() > 0 ? where.column() - 1 : 0;
        for (MarkdownScan.Fence f : scan.fences()) {
            SourceLocation at = TextPositions.locate(where, indent, f.line(), f.column());
            if (!f.closed()) {
                problems.add(Problem.warning(Rules.LINT_UNCLOSED_CODE_FENCE,
                        "this code fence is never closed, so the rest of the answer is read as code", at));
            } else if (f.info().isEmpty()) {
                problems.add(Problem.warning(Rules.LINT_CODE_FENCE_LANGUAGE,
                        "code fence without a language; write one after the fence, such as ```python", at));
            }
        }
        for (MarkdownScan.LinkRef l : scan.links()) {
            PageSummary.Link link = internal(l.destination(),
                    Loc.pack(TextPositions.locate(where, indent, l.line(), l.column())), where.pointer());
            if (link != null) {
                links.add(link);
            }
        }
    }

    private static void scanBody(Body body, SourceMap map, List<Problem> problems, List<PageSummary.Link> links, List<String> headings) {
        List<BodyNode> nodes = body.value();
        for (int i = 0; i < nodes.size(); i++) {
            scanNode(nodes.get(i), "/page/body/value/" + i, map, problems, links, headings, 0);
        }
        Toc toc = body.toc();
        if (toc != null) {
            addTocIds(toc.links(), headings);
        }
    }

    private static void addTocIds(List<TocLink> tocLinks, List<String> headings) {
        for (TocLink t : tocLinks) {
            headings.add(t.id());
            addTocIds(t.children(), headings);
        }
    }

    private static void scanNode(BodyNode node, String pointer, SourceMap map, List<Problem> problems, List<PageSummary.Link> links,
            List<String> headings, int depth) {
        if (!(node instanceof BodyNode.Element e) || depth > 200) {
            return;
        }
        Object id = e.props().get("id");
        if (id instanceof String s && e.tag().matches("h[1-6]")) {
            headings.add(s);
        }
        if (e.tag().equals("a") && e.props().get("href") instanceof String href) {
            PageSummary.Link link = internal(href, Loc.pack(map.locate(pointer)), pointer);
            if (link != null) {
                links.add(link);
            }
        }
        // @nuxtjs/mdc gives a fence without an info string the language "text" and no meta
        boolean noLanguage = !(e.props().get("language") instanceof String lang && !lang.isBlank())
                || "text".equals(e.props().get("language")) && !e.props().containsKey("meta");
        if (e.tag().equals("pre") && noLanguage) {
            problems.add(Problem.warning(Rules.LINT_CODE_FENCE_LANGUAGE,
                    "code block without a language; write one after the fence, such as ```python", map.locate(pointer)));
        }
        List<BodyNode> kids = e.children();
        for (int j = 0; j < kids.size(); j++) {
            scanNode(kids.get(j), pointer + "/" + (j + 2), map, problems, links, headings, depth + 1);
        }
    }

    /** An internal link ({@code /route}, {@code /route#id}, {@code #id}), or null for anything else. */
    static PageSummary.@Nullable Link internal(String destination, long loc, String pointer) {
        String d = destination.strip();
        if (d.startsWith("//") || !(d.startsWith("/") || d.startsWith("#"))) {
            return null;
        }
        String fragment = null;
        int hash = d.indexOf('#');
        if (hash >= 0) {
            fragment = d.substring(hash + 1);
            d = d.substring(0, hash);
        }
        int query = d.indexOf('?');
        if (query >= 0) {
            d = d.substring(0, query);
        }
        while (d.length() > 1 && d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        return new PageSummary.Link(d, fragment == null || fragment.isEmpty() ? null : fragment, destination, loc, pointer);
    }

    /**
     * A 64-bit hash of a question text with case and white space normalised: FNV-1a over
     * {@code text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)}, computed without
     * making those strings when the text is ASCII ({@code TextHashTest} holds the two ways to
     * each other).
     */
    static long textHash(String text) {
        int end = text.length();
        int start = 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        long h = Fnv1a.OFFSET;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return normalisedHash(text);
            }
            // the regex's \s: space, tab, line feed, vertical tab, form feed, carriage return
            if (c == ' ' || c >= '\t' && c <= '\r') {
                if (inSpace) {
                    continue;
                }
                inSpace = true;
                c = ' ';
            } else {
                inSpace = false;
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
            }
            h = Fnv1a.add(h, c);
        }
        return h == 0 ? 1 : h;
    }

    /** {@link #textHash(String)} by its definition, for any text. */
    static long normalisedHash(String text) {
        String norm = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        long h = Fnv1a.OFFSET;
        for (int i = 0; i < norm.length(); i++) {
            h = Fnv1a.add(h, norm.charAt(i));
        }
        return h == 0 ? 1 : h;
    }
}
