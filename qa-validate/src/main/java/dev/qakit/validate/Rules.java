package dev.qakit.validate;

import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.QaConfig;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.RuleInfo.Kind;
import dev.qakit.validate.RuleInfo.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of every rule qakit reports, in a stable order: the validator's own rules
 * (constraints, site rules, lints, configuration) and then the rules of the readers it runs
 * (Markdown, Nuxt payloads, devalue) and of its file loading. Every rule id a {@link
 * dev.qakit.model.problem.Problem} can carry is here, so every one can be configured in
 * {@code qa.yaml}, is listed by {@code qa validate --list-rules} and is described in
 * {@code docs/rules.md}. The constants below name the validator's rules; the readers' ids are
 * defined by the readers (such as {@link NuxtPayloadReader#NO_PAYLOAD_SCRIPT}).
 *
 * <pre>{@code
 * for (RuleInfo rule : Rules.all()) {
 *     System.out.println(rule.id() + "  " + rule.description());
 * }
 * }</pre>
 */
public final class Rules {
    /** Bean Validation: a question has no {@code id}. */
    public static final String QUESTION_ID_MISSING = "question.id-missing";
    /** Bean Validation: a question id is not a slug. */
    public static final String QUESTION_ID_SLUG = "question.id-slug";
    /** Bean Validation: two questions of a page share an id. */
    public static final String QUESTION_ID_UNIQUE = "question.id-unique";
    /** Bean Validation: a question has no difficulty. */
    public static final String QUESTION_DIFFICULTY_MISSING = "question.difficulty-missing";
    /** Bean Validation: a question's difficulty is not easy, medium or hard. */
    public static final String QUESTION_DIFFICULTY = "question.difficulty";
    /** Bean Validation: a question's text {@code q} is blank. */
    public static final String QUESTION_TEXT_BLANK = "question.text-blank";
    /** Bean Validation: a question's answer {@code a} is blank. */
    public static final String QUESTION_ANSWER_BLANK = "question.answer-blank";
    /** A question lacks required members and has members a question does not have ({@code prompt}, {@code answer}). */
    public static final String QUESTION_UNKNOWN_KEY = "question.unknown-key";
    /** Bean Validation: the page title is blank. */
    public static final String PAGE_TITLE_BLANK = "page.title-blank";
    /** Bean Validation: the page difficulty is not easy, medium or hard. */
    public static final String PAGE_DIFFICULTY = "page.difficulty";
    /** Bean Validation: {@code frameworkSlug} is not a slug. */
    public static final String PAGE_FRAMEWORK_SLUG = "page.framework-slug";
    /** Bean Validation: {@code topicSlug} is not a slug. */
    public static final String PAGE_TOPIC_SLUG = "page.topic-slug";
    /** Bean Validation: the page order is below 1. */
    public static final String PAGE_ORDER_MIN = "page.order-min";
    /** Bean Validation: the page path is not a route. */
    public static final String PAGE_PATH_ROUTE = "page.path-route";
    /** Bean Validation: the page path is not the route of its stem. */
    public static final String PAGE_PATH_STEM = "page.path-stem";
    /** Bean Validation: {@code questionsCount} differs from the number of questions. */
    public static final String PAGE_QUESTIONS_COUNT = "page.questions-count";
    /** Bean Validation: {@code updated} is not a real ISO date. */
    public static final String PAGE_UPDATED_DATE = "page.updated-date";
    /** Bean Validation: the siblings repeat a path or an order, or leave the page out. */
    public static final String SIBLINGS_CONSISTENT = "siblings.consistent";
    /** Bean Validation: a sibling has no path. */
    public static final String SIBLING_PATH_MISSING = "sibling.path-missing";
    /** Bean Validation: a sibling path is not a route. */
    public static final String SIBLING_PATH_ROUTE = "sibling.path-route";
    /** Bean Validation: a sibling order is below 1. */
    public static final String SIBLING_ORDER_MIN = "sibling.order-min";
    /** Site: two pages have one path. */
    public static final String SITE_DUPLICATE_PATH = "site.duplicate-path";
    /** Site: two pages have one id. */
    public static final String SITE_DUPLICATE_ID = "site.duplicate-id";
    /** Site: a sibling names a page that does not exist. */
    public static final String SIBLINGS_MISSING_PAGE = "siblings.missing-page";
    /** Site: a page of the topic is not among the siblings. */
    public static final String SIBLINGS_INCOMPLETE = "siblings.incomplete";
    /** Site: a sibling's order or subtopic differs from the page it names. */
    public static final String SIBLINGS_MISMATCH = "siblings.mismatch";
    /** Site: an internal link names no page. */
    public static final String LINK_PAGE_NOT_FOUND = "link.page-not-found";
    /** Site: an internal link names no question or heading of its page. */
    public static final String LINK_ANCHOR_NOT_FOUND = "link.anchor-not-found";
    /** Site: two pages of a topic have one order. */
    public static final String TOPIC_ORDER_DUPLICATE = "topic.order-duplicate";
    /** Site: the orders of a topic do not run 1, 2, 3 … without gaps. */
    public static final String TOPIC_ORDER_GAP = "topic.order-gap";
    /** Site: two pages of a topic use one question id. */
    public static final String TOPIC_QUESTION_ID_REPEATED = "topic.question-id-repeated";
    /** Lint: a fenced code block has no language. */
    public static final String LINT_CODE_FENCE_LANGUAGE = "lint.code-fence-language";
    /** Lint: a code fence is never closed, so the rest of the answer becomes code. */
    public static final String LINT_UNCLOSED_CODE_FENCE = "lint.unclosed-code-fence";
    /** Lint: {@code seoDescription} is longer than search engines show. */
    public static final String LINT_SEO_DESCRIPTION_LENGTH = "lint.seo-description-length";
    /** Lint: one question text appears twice in a topic. */
    public static final String LINT_DUPLICATE_QUESTION_TEXT = "lint.duplicate-question-text";
    /** Configuration: the file is not valid YAML. */
    public static final String CONFIG_SYNTAX = QaConfig.CONFIG_SYNTAX;
    /** Configuration: a key the configuration does not know. */
    public static final String CONFIG_UNKNOWN_KEY = QaConfig.CONFIG_UNKNOWN_KEY;
    /** Configuration: a value of the wrong type or form. */
    public static final String CONFIG_BAD_VALUE = QaConfig.CONFIG_BAD_VALUE;
    /** Configuration: a rule id that no rule has. */
    public static final String CONFIG_UNKNOWN_RULE = QaConfig.CONFIG_UNKNOWN_RULE;
    /** Limit: a file has more problems than {@link QaConfig#maxProblemsPerFile()}; the rest are counted, not listed. */
    public static final String LIMIT_PROBLEMS_PER_FILE = "limit.problems-per-file";
    /** Limit: a run found more files than {@link QaConfig#maxFiles()}; the rest were not checked. */
    public static final String LIMIT_FILES = "limit.files";
    /** Frontmatter: the page-level {@code qa} setting is malformed. */
    public static final String PAGE_QA_SETTING = "page.qa-setting";

    private static final Map<String, RuleInfo> ALL = registry();

    private Rules() {
    }

    /**
     * Every rule, in a stable order (constraints, site rules, lints, configuration, then the rules
     * of the Markdown reader, the Nuxt payload reader, the devalue codec and file loading).
     *
     * @return an immutable list
     */
    public static List<RuleInfo> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The rule with an id.
     *
     * @param id the rule id
     * @return the rule, or empty if no rule has this id
     */
    public static Optional<RuleInfo> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(ALL.get(id));
    }

    private static Map<String, RuleInfo> registry() {
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        constraints(m);
        siteRules(m);
        lintsAndConfiguration(m);
        fieldTypes(m);
        markdownReader(m);
        nuxtReader(m);
        devalueCodec(m);
        fileLoading(m);
        return m;
    }

    private static void constraints(Map<String, RuleInfo> m) {
        Source v = Source.VALIDATOR;
        Kind k = Kind.CONSTRAINT;
        Severity e = Severity.ERROR;
        add(m, QUESTION_ID_MISSING, e, k, v, "every question has an 'id'",
                "question 'id' is missing; expected a lowercase slug such as 'what-is-async-await'");
        add(m, QUESTION_ID_SLUG, e, k, v, "a question 'id' is a lowercase slug (a-z, 0-9, single hyphens)", "id: What_Is_Async");
        add(m, QUESTION_ID_UNIQUE, e, k, v, "question ids are unique within a page",
                "question id 'status-codes' is already used by question 3; ids must be unique within a page");
        add(m, QUESTION_DIFFICULTY_MISSING, e, k, v, "every question has a 'difficulty'",
                "question 'difficulty' is missing; expected one of [easy, medium, hard]");
        add(m, QUESTION_DIFFICULTY, e, k, v, "a question 'difficulty' is easy, medium or hard", "difficulty: expert");
        add(m, QUESTION_TEXT_BLANK, e, k, v, "a question's text 'q' is not blank", "q: \"\"");
        add(m, QUESTION_ANSWER_BLANK, e, k, v, "a question's answer 'a' is not blank", "a: \" \"");
        add(m, QUESTION_UNKNOWN_KEY, e, Kind.READ, v, "a question that lacks 'id', 'difficulty', 'q' or 'a' and has keys a question does not have"
                + " gets one problem naming them, with the member each most likely means (in place of its missing and blank problems)",
                "question 1 has keys a question does not have: 'prompt' (did you mean 'q'?), 'answer' (did you mean 'a'?); it lacks"
                        + " 'difficulty', 'q' and 'a'. A question is {id, difficulty, q, a}");
        add(m, PAGE_TITLE_BLANK, e, k, v, "the page 'title' of a question page is not blank (a page without questions has the title Nuxt Content gives it)", "title: \"\"");
        add(m, PAGE_DIFFICULTY, e, k, v, "the page 'difficulty' of a question page is easy, medium or hard", "difficulty: hardest");
        add(m, PAGE_FRAMEWORK_SLUG, e, k, v, "'frameworkSlug' of a question page is a lowercase slug", "frameworkSlug: Spring Boot");
        add(m, PAGE_TOPIC_SLUG, e, k, v, "'topicSlug' of a question page is a lowercase slug", "topicSlug: data_fetching");
        add(m, PAGE_ORDER_MIN, e, k, v, "the page 'order' of a question page is at least 1", "order: 0");
        add(m, PAGE_PATH_ROUTE, e, k, v, "the page 'path' is a route starting with '/'", "path: fastapi/basics/async");
        add(m, PAGE_PATH_STEM, e, k, v, "the page 'path' is the route Nuxt Content derives from 'stem'",
                "'path' is '/fastapi/async' but stem 'fastapi/basics/async' gives '/fastapi/basics/async'");
        add(m, PAGE_QUESTIONS_COUNT, e, k, v, "'questionsCount' equals the number of questions", "'questionsCount' is 3 but the page has 2 questions");
        add(m, PAGE_UPDATED_DATE, e, k, v, "'updated' of a question page is a real date written yyyy-MM-dd", "updated: 2026-02-30");
        add(m, SIBLINGS_CONSISTENT, e, k, v, "siblings have unique paths and orders and include the page itself",
                "sibling order 2 is used twice (siblings 1 and 3)");
        add(m, SIBLING_PATH_MISSING, e, k, v, "every sibling has a 'path'",
                "sibling 'path' is missing; expected a route such as '/fastapi/fundamentals/async-basics'");
        add(m, SIBLING_PATH_ROUTE, e, k, v, "a sibling 'path' is a route starting with '/'", "path: async-basics/");
        add(m, SIBLING_ORDER_MIN, e, k, v, "a sibling 'order' is at least 1", "order: -1");
    }

    private static void siteRules(Map<String, RuleInfo> m) {
        Source v = Source.VALIDATOR;
        Kind k = Kind.SITE;
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        add(m, SITE_DUPLICATE_PATH, e, k, v, "no two pages of a site have the same 'path'",
                "path '/fastapi/basics/async' is also the path of content/fastapi/basics/async-copy.md:4:7");
        add(m, SITE_DUPLICATE_ID, e, k, v, "no two pages of a site have the same 'id'",
                "id 'qa/fastapi/basics/async.md' is also the id of site/fastapi/basics/async/_payload.json");
        add(m, SIBLINGS_MISSING_PAGE, e, k, v,
                "every sibling names a page of the site (checked when the topic has two or more pages)",
                "sibling '/fastapi/basics/removed' names no page of this site");
        add(m, SIBLINGS_INCOMPLETE, e, k, v, "the siblings list every page of the topic",
                "siblings leave out '/fastapi/basics/new-page', a page of topic '/fastapi/basics' (content/fastapi/basics/new-page.md:3:7)");
        add(m, SIBLINGS_MISMATCH, e, k, v, "a sibling's 'order' and 'subtopic' equal those of the page it names",
                "sibling '/fastapi/basics/async' has order 2 but that page's order is 3");
        add(m, LINK_PAGE_NOT_FOUND, e, k, v,
                "an internal link '/route' in an answer or body names a page (checked when the site has two or more pages)",
                "[see also](/fastapi/basics/removed)");
        add(m, LINK_ANCHOR_NOT_FOUND, e, k, v, "an internal link '/route#id' names a question or heading of that page",
                "[see also](/fastapi/basics/async#no-such-question)");
        add(m, TOPIC_ORDER_DUPLICATE, e, k, v, "no two pages of a topic have the same 'order'", "order 2 in topic '/fastapi/basics' is also the order of content/fastapi/basics/routing.md:5:8");
        add(m, TOPIC_ORDER_GAP, w, k, v, "the orders of a topic run 1, 2, 3 … without gaps", "orders in topic '/fastapi/basics' skip from 2 to 4; expected 3");
        add(m, TOPIC_QUESTION_ID_REPEATED, w, k, v,
                "a question id is used by one page of a topic only (anchors and study decks need it unique)",
                "question id 'status-codes' is also used at content/fastapi/basics/routing.md:52:9 in the same topic '/fastapi/basics'");
    }

    private static void lintsAndConfiguration(Map<String, RuleInfo> m) {
        Source v = Source.VALIDATOR;
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        add(m, LINT_CODE_FENCE_LANGUAGE, w, Kind.LINT, v, "a fenced code block names its language (```python)",
                "code fence without a language; write one after the fence, such as ```python");
        add(m, LINT_UNCLOSED_CODE_FENCE, w, Kind.LINT, v,
                "a code fence is closed; otherwise the rest of the answer is read as code",
                "this code fence is never closed, so the rest of the answer is read as code");
        add(m, LINT_SEO_DESCRIPTION_LENGTH, w, Kind.LINT, v, "'seoDescription' is at most 160 characters",
                "'seoDescription' is 212 characters; search engines show about 160");
        add(m, LINT_DUPLICATE_QUESTION_TEXT, w, Kind.LINT, v, "the same question text does not appear twice in a topic",
                "the same question text as question 3 at content/fastapi/basics/routing.md:39:9");
        add(m, PAGE_QA_SETTING, e, Kind.CONFIG, v, "the page's 'qa' frontmatter setting is {disable: [rule-id, …]}",
                "qa: {skip: [lint.code-fence-language]}");
        add(m, CONFIG_SYNTAX, e, Kind.CONFIG, v, "the configuration file is valid YAML", "rules: [site.duplicate-path");
        add(m, CONFIG_UNKNOWN_KEY, e, Kind.CONFIG, v, "the configuration uses only known keys", "rule: {topic.order-gap: off}");
        add(m, CONFIG_BAD_VALUE, e, Kind.CONFIG, v, "configuration values have the expected type and form", "disable: [Site.Duplicate_Path]");
        add(m, CONFIG_UNKNOWN_RULE, w, Kind.CONFIG, v, "the configuration names only rules that exist", "disable: [site.no-such-rule]");
        add(m, LIMIT_PROBLEMS_PER_FILE, w, Kind.CONFIG, v,
                "a file has at most 'limits.problems-per-file' problems listed (default 1000); the rest are counted"
                        + " (an error when some of them are errors)",
                "12 more problems in this file are not listed: the limit is 1000 per file (limits.problems-per-file)");
        add(m, LIMIT_FILES, e, Kind.CONFIG, v, "a run checks at most 'limits.files' files (default 100000); more is an error",
                "this file and 9 more were not checked: a run checks at most 100000 files (limits.files)");
    }

    private static void markdownReader(Map<String, RuleInfo> m) {
        Source s = Source.MARKDOWN_READER;
        Kind k = Kind.READ;
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        add(m, "markdown.io", e, k, s, "the file can be read", "cannot read the file: content/fastapi/basics/async.md");
        add(m, "markdown.encoding", e, k, s, "the file is UTF-8 (invalid bytes are replaced by U+FFFD and reading goes on)",
                "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD");
        add(m, "frontmatter.bom", w, k, s, "the file has no byte-order mark, with which Nuxt Content loses the frontmatter",
                "the file starts with a byte-order mark; it is read normally here, but Nuxt Content then loses the frontmatter and the page."
                        + " Save the file as UTF-8 without BOM");
        add(m, "frontmatter.language", e, k, s, "the frontmatter is YAML opened by '---', not another language", "---json");
        add(m, "frontmatter.fence", w, k, s, "the closing fence is '---' alone (Nuxt Content also closes at '---' followed by text)",
                "--- end of frontmatter");
        add(m, "frontmatter.unclosed", e, k, s, "the frontmatter opened by '---' on line 1 is closed by a line '---'",
                "the frontmatter opened here is never closed; end it with a line '---'");
        add(m, "frontmatter.yaml-syntax", e, k, s, "the frontmatter is valid YAML", "title: [unclosed");
        add(m, "frontmatter.alias-limit", e, k, s,
                "YAML aliases expand to at most MarkdownReader.Builder#maxAliasExpansion values (default 10000) and never contain themselves",
                "aliases expand to more than 10000 values; the frontmatter is refused (an alias bomb?)");
        add(m, "frontmatter.too-deep", e, k, s, "the frontmatter nests at most 200 levels deep",
                "the frontmatter nests more than 200 levels deep");
        add(m, "frontmatter.key", e, k, s, "every key of the frontmatter is a plain value",
                "a key must be a plain value, not a list or mapping");
        add(m, "frontmatter.duplicate-key", e, k, s, "no key appears twice in one mapping (Nuxt Content keeps the last value)",
                "key 'title' is given twice (first at line 2); the last value is used, as Nuxt Content does");
        add(m, "frontmatter.tag", w, k, s, "values carry no YAML tag beyond the core schema (such values are read as strings)",
                "data: !!binary aGVsbG8=");
        add(m, "frontmatter.type", e, k, s, "the frontmatter, and the qakit member in it, are mappings", "- a list, not a mapping");
        add(m, "frontmatter.dotted-key", w, k, s, "a dotted key such as 'seo.title' can be nested into its parent mapping",
                "key 'seo.title' cannot be nested: 'seo' already holds a value that is not a mapping; the key is ignored");
        add(m, "markdown.too-deep", w, k, s, "the body nests shallowly enough to be read (deeper content is kept as plain text)",
                "the body nests too deeply; the deepest content is kept as plain text");
    }

    private static void nuxtReader(Map<String, RuleInfo> m) {
        Source s = Source.NUXT_READER;
        Kind k = Kind.READ;
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        add(m, "nuxt.io", e, k, s, "every file of a Nuxt site can be read", "cannot read the file: java.nio.file.AccessDeniedException: site/index.html");
        add(m, NuxtPayloadReader.FILE_TOO_LARGE, e, k, s, "a file is at most NuxtPayloadReader.Builder#maxFileBytes bytes (default 64 MiB)",
                "the file has 70000000 bytes, more than the limit of 67108864");
        add(m, NuxtPayloadReader.ENCODING, e, k, s, "the file is UTF-8 (invalid bytes are replaced by U+FFFD and reading goes on)",
                "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD");
        add(m, NuxtPayloadReader.NO_PAYLOAD_SCRIPT, e, k, s, "an HTML page has a <script id=\"__NUXT_DATA__\"> payload",
                "<html><body><h1>Async</h1></body></html>");
        add(m, NuxtPayloadReader.REDIRECT_PAGE, Severity.INFO, k, s,
                "a redirect page (<meta http-equiv=\"refresh\">, as Nitro prerenders a route rule's redirect) is named with its"
                        + " target, not reported as a page without payload",
                "<meta http-equiv=\"refresh\" content=\"0; url=/docs/getting-started\">");
        add(m, NuxtPayloadReader.JAVASCRIPT_PAYLOAD, e, k, s,
                "the payload is JSON (Nuxt 3.5 and later), not a JavaScript payload of Nuxt 2",
                "<script>window.__NUXT__=(function(a){return {data:[a]}}(1))</script>");
        add(m, NuxtPayloadReader.MISSING_PAYLOAD_FILE, e, k, s, "the _payload.json a page's data-src names exists",
                "the page's data-src names '/fastapi/_payload.json', but 'fastapi/_payload.json' does not exist; the page's async data is missing");
        add(m, NuxtPayloadReader.UNMERGED_SPLIT, w, k, s, "a split payload is read from its file, so that both halves are merged",
                "the payload is split and its data half '/fastapi/_payload.json' cannot be read from text; read the page from its file to merge it");
        add(m, NuxtPayloadReader.SPLIT_MISMATCH, e, k, s,
                "the two halves of a split payload agree on 'path' and, within a minute, on 'prerenderedAt'",
                "the page's payload says path '/fastapi/a' but its _payload.json half (fastapi/_payload.json) says '/fastapi/b'");
        add(m, NuxtPayloadReader.BAD_ROOT, e, k, s, "the payload's root is an object", "[[]]");
        add(m, "nuxt.not-a-page", e, k, s, "a content entry is a question page {page, siblings, blog} with an object 'page'",
                "expected a question page {page, siblings, blog} with an object 'page', found a string");
        add(m, NuxtPayloadReader.TYPE_MISMATCH, e, k, s, "each known member of the payload has a value of its type",
                "'order' must be an integer, found a string");
        add(m, "nuxt.unknown-tag", w, k, s, "a payload uses only known tags (reported when unknown tags are kept with UnknownTagPolicy.WARN)",
                "[[\"Mystery\",1],0]");
    }

    private static void devalueCodec(Map<String, RuleInfo> m) {
        Source s = Source.DEVALUE_CODEC;
        Kind k = Kind.READ;
        Severity e = Severity.ERROR;
        add(m, "devalue.json-syntax", e, k, s, "the payload is valid JSON", "[{\"a\":1}");
        add(m, "devalue.invalid-root", e, k, s, "the payload is a JSON array of slots, or one of the bare numbers -1, -3, -4, -5, -6",
                "{\"page\":1}");
        add(m, "devalue.bad-reference", e, k, s, "every reference names an existing slot or a special value valid in its place", "[[5]]");
        add(m, "devalue.circular-reference", e, k, s, "a tagged value does not refer to itself before it is complete",
                "slot 1 (tag 'Reactive') refers back to itself before it is complete");
        add(m, "devalue.proto-key", e, k, s, "no object has a '__proto__' key", "[{\"__proto__\":1},2]");
        add(m, "devalue.non-string-key", e, k, s, "the keys of a null-prototype object are strings", "[[\"null\",1,0]]");
        add(m, "devalue.bad-sparse-array", e, k, s, "a sparse array has a valid length and in-range indexes, each with a value",
                "[[-7,\"x\"]]");
        add(m, "devalue.bad-arity", e, k, s, "a tag has as many operands as it needs", "[[\"Map\",1],\"key\"]");
        add(m, "devalue.bad-operand", e, k, s, "each operand of a tag is valid for it (dates, regular expressions, BigInts, base64, typed arrays …)",
                "[[\"BigInt\",\"12x\"]]");
        add(m, "devalue.unknown-tag", e, k, s, "every tag has a handler (built in, Nuxt's or registered)", "[[\"Mystery\",1],0]");
        add(m, "devalue.bad-tag-value", e, k, s, "a tag handler accepts its operand and returns a value",
                "tag 'NuxtError': a NuxtError carries an object, got a number");
        add(m, "devalue.depth-limit", e, k, s, "the value nests at most DevalueLimits#maxDepth containers deep (500 in the Nuxt reader)",
                "the value nests deeper than the limit of 500 containers");
        add(m, "devalue.size-limit", e, k, s, "the payload's bytes, strings, numbers and sparse arrays stay within DevalueLimits",
                "the BigInt has more than 1000 digits");
        add(m, "devalue.canonical-syntax", e, k, s, "canonical JSON (CanonicalJson, qa devalue) is valid JSON", "{\"$type\":");
        add(m, "devalue.canonical-value", e, k, s, "canonical JSON describes a value: known $type names and valid fields",
                "{\"$type\":\"bogus\"}");
    }

    /**
     * A value of the wrong type for a field of the page schema: both readers report it with the
     * field's own id ({@code page.order-type}), so the same defect has the same id from Markdown
     * and from a payload.
     */
    private static void fieldTypes(Map<String, RuleInfo> m) {
        for (RecordSchema<?> schema : PageSchema.RECORDS) {
            for (Field<?> f : schema.fields()) {
                if (!m.containsKey(f.typeRuleId())) {
                    add(m, f.typeRuleId(), Severity.ERROR, Kind.READ, Source.VALIDATOR, "'" + f.name() + "' of a " + schema.name()
                            + " is " + f.type().expected() + " (from Markdown and from a payload alike)",
                            "'" + f.name() + "' must be " + f.type().expected() + ", found the boolean true");
                }
            }
        }
    }

    private static void fileLoading(Map<String, RuleInfo> m) {
        Source v = Source.VALIDATOR;
        Kind k = Kind.READ;
        Severity e = Severity.ERROR;
        add(m, InputPlan.DATA_FILE, Severity.INFO, k, v, "a Nuxt Content data file (.json, .yml, .yaml, .csv) or navigation settings file"
                + " (.navigation.yml, _dir.yml) inside a content root is named, not silently passed over; qa reads pages only", "content/authors.yml");
        add(m, InputPlan.NESTED_CONFIG, Severity.WARNING, k, v, "a qa.yaml inside an input applies to the files"
                + " below it (a project of a monorepo), or, when the run was given its configuration (--config), is said not to be applied",
                "this configuration is not applied: the run takes the one given (qa.yaml) for every file");
        add(m, dev.qakit.io.input.SiteRoutes.NUXT_CONFIG_UNREAD, Severity.INFO, k, v, "the route rules and prerendered routes of the"
                + " Nuxt project around a content root (nuxt.config) are read from the file's text; where it makes them by code (a spread,"
                + " a computed route, a rule not written out), the routes they serve are not known, and the place is named",
                "the routes this spread makes are not known to qa, which reads this file without running it; a link to one of them is"
                        + " reported as naming no page: list them in qa.yaml (site.routes)");
        add(m, InputPlan.UNREADABLE_FOLDER, Severity.WARNING, k, v, "every folder inside an input can be listed",
                "this folder cannot be read (access denied); nothing in it was checked");
        add(m, InputPlan.READ_FAILED, e, k, v, "every file found can be read", "could not read the file: java.nio.file.AccessDeniedException: content/a.md");
        add(m, InputPlan.NO_VALUE, e, k, v, "a file that yields no page says why", "nothing could be read from this file");
        add(m, InputPlan.INTERNAL_ERROR, e, k, v, "reading a file never fails unexpectedly (a bug in qakit; please report it)",
                "reading this file failed unexpectedly (java.lang.IllegalStateException); please report it");
    }

    private static void add(Map<String, RuleInfo> m, String id, Severity severity, Kind kind, Source source, String description,
            String example) {
        RuleInfo previous = m.put(id, new RuleInfo(id, severity, kind, source, description, example));
        if (previous != null) {
            throw new IllegalStateException("rule '" + id + "' is listed twice");
        }
    }
}
