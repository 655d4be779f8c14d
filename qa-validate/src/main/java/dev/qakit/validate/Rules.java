package dev.qakit.validate;

import dev.qakit.io.input.QaConfig;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.RuleInfo.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of every rule the validator knows, in a stable order. Problems found by readers
 * (YAML syntax, devalue errors, wrong types) carry the readers' own rule ids; they are not listed
 * here but can be configured all the same.
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
     * Every rule, in a stable order (constraints, site rules, lints, configuration).
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
        Severity e = Severity.ERROR;
        Severity w = Severity.WARNING;
        add(m, QUESTION_ID_MISSING, e, Kind.CONSTRAINT, "every question has an 'id'");
        add(m, QUESTION_ID_SLUG, e, Kind.CONSTRAINT, "a question 'id' is a lowercase slug (a-z, 0-9, single hyphens)");
        add(m, QUESTION_ID_UNIQUE, e, Kind.CONSTRAINT, "question ids are unique within a page");
        add(m, QUESTION_DIFFICULTY_MISSING, e, Kind.CONSTRAINT, "every question has a 'difficulty'");
        add(m, QUESTION_DIFFICULTY, e, Kind.CONSTRAINT, "a question 'difficulty' is easy, medium or hard");
        add(m, QUESTION_TEXT_BLANK, e, Kind.CONSTRAINT, "a question's text 'q' is not blank");
        add(m, QUESTION_ANSWER_BLANK, e, Kind.CONSTRAINT, "a question's answer 'a' is not blank");
        add(m, PAGE_TITLE_BLANK, e, Kind.CONSTRAINT, "the page 'title' is not blank");
        add(m, PAGE_DIFFICULTY, e, Kind.CONSTRAINT, "the page 'difficulty' is easy, medium or hard");
        add(m, PAGE_FRAMEWORK_SLUG, e, Kind.CONSTRAINT, "'frameworkSlug' is a lowercase slug");
        add(m, PAGE_TOPIC_SLUG, e, Kind.CONSTRAINT, "'topicSlug' is a lowercase slug");
        add(m, PAGE_ORDER_MIN, e, Kind.CONSTRAINT, "the page 'order' is at least 1");
        add(m, PAGE_PATH_ROUTE, e, Kind.CONSTRAINT, "the page 'path' is a route starting with '/'");
        add(m, PAGE_PATH_STEM, e, Kind.CONSTRAINT, "the page 'path' is the route Nuxt Content derives from 'stem'");
        add(m, PAGE_QUESTIONS_COUNT, e, Kind.CONSTRAINT, "'questionsCount' equals the number of questions");
        add(m, PAGE_UPDATED_DATE, e, Kind.CONSTRAINT, "'updated' is a real date written yyyy-MM-dd");
        add(m, SIBLINGS_CONSISTENT, e, Kind.CONSTRAINT, "siblings have unique paths and orders and include the page itself");
        add(m, SIBLING_PATH_MISSING, e, Kind.CONSTRAINT, "every sibling has a 'path'");
        add(m, SIBLING_PATH_ROUTE, e, Kind.CONSTRAINT, "a sibling 'path' is a route starting with '/'");
        add(m, SIBLING_ORDER_MIN, e, Kind.CONSTRAINT, "a sibling 'order' is at least 1");
        add(m, SITE_DUPLICATE_PATH, e, Kind.SITE, "no two pages of a site have the same 'path'");
        add(m, SITE_DUPLICATE_ID, e, Kind.SITE, "no two pages of a site have the same 'id'");
        add(m, SIBLINGS_MISSING_PAGE, e, Kind.SITE,
                "every sibling names a page of the site (checked when the topic has two or more pages)");
        add(m, SIBLINGS_INCOMPLETE, e, Kind.SITE, "the siblings list every page of the topic");
        add(m, SIBLINGS_MISMATCH, e, Kind.SITE, "a sibling's 'order' and 'subtopic' equal those of the page it names");
        add(m, LINK_PAGE_NOT_FOUND, e, Kind.SITE,
                "an internal link '/route' in an answer or body names a page (checked when the site has two or more pages)");
        add(m, LINK_ANCHOR_NOT_FOUND, e, Kind.SITE, "an internal link '/route#id' names a question or heading of that page");
        add(m, TOPIC_ORDER_DUPLICATE, e, Kind.SITE, "no two pages of a topic have the same 'order'");
        add(m, TOPIC_ORDER_GAP, w, Kind.SITE, "the orders of a topic run 1, 2, 3 … without gaps");
        add(m, TOPIC_QUESTION_ID_REPEATED, w, Kind.SITE,
                "a question id is used by one page of a topic only (anchors and study decks need it unique)");
        add(m, LINT_CODE_FENCE_LANGUAGE, w, Kind.LINT, "a fenced code block names its language (```python)");
        add(m, LINT_UNCLOSED_CODE_FENCE, w, Kind.LINT,
                "a code fence is closed; otherwise the rest of the answer is read as code");
        add(m, LINT_SEO_DESCRIPTION_LENGTH, w, Kind.LINT, "'seoDescription' is at most 160 characters");
        add(m, LINT_DUPLICATE_QUESTION_TEXT, w, Kind.LINT, "the same question text does not appear twice in a topic");
        add(m, PAGE_QA_SETTING, e, Kind.CONFIG, "the page's 'qa' frontmatter setting is {disable: [rule-id, …]}");
        add(m, CONFIG_SYNTAX, e, Kind.CONFIG, "the configuration file is valid YAML");
        add(m, CONFIG_UNKNOWN_KEY, e, Kind.CONFIG, "the configuration uses only known keys");
        add(m, CONFIG_BAD_VALUE, e, Kind.CONFIG, "configuration values have the expected type and form");
        add(m, CONFIG_UNKNOWN_RULE, w, Kind.CONFIG, "the configuration names only rules that exist");
        add(m, LIMIT_PROBLEMS_PER_FILE, w, Kind.CONFIG,
                "a file has at most 'limits.problems-per-file' problems listed (default 1000); the rest are counted");
        add(m, LIMIT_FILES, e, Kind.CONFIG, "a run checks at most 'limits.files' files (default 100000); more is an error");
        return m;
    }

    private static void add(Map<String, RuleInfo> m, String id, Severity severity, Kind kind, String description) {
        m.put(id, new RuleInfo(id, severity, kind, description));
    }
}
