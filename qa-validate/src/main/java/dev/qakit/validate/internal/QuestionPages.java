package dev.qakit.validate.internal;

import dev.qakit.io.SourceMap;
import dev.qakit.model.Page;
import dev.qakit.model.Question;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What sets a question page apart from any other Nuxt Content page. A page with questions is
 * held to the question site's rules; a page without is a generic Nuxt Content page (a landing
 * page, a docs page, a redirect page): it is read, its body and links are checked, and nothing
 * else is demanded of it — Nuxt Content itself gives an {@code index.md} without title the
 * empty title, and {@code difficulty} or {@code order} mean nothing to it.
 */
final class QuestionPages {
    /** The rules that only question pages are held to. */
    static final Set<String> RULES = Set.of(Rules.PAGE_TITLE_BLANK, Rules.PAGE_DIFFICULTY, Rules.PAGE_FRAMEWORK_SLUG,
            Rules.PAGE_TOPIC_SLUG, Rules.PAGE_ORDER_MIN, Rules.PAGE_UPDATED_DATE);

    /** The reader's rule for a {@code questions} value of the wrong type. */
    private static final String QUESTIONS_TYPE = java.util.Objects.requireNonNull(
            dev.qakit.model.internal.PageSchema.PAGE.component("questions"), "questions").typeRuleId();

    /** The members of a question, in the order they are written. */
    private static final List<String> MEMBERS = List.of("id", "difficulty", "q", "a");

    /** Names people give a question's members, and the member each one means. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("question", "q"), Map.entry("prompt", "q"), Map.entry("text", "q"), Map.entry("title", "q"),
            Map.entry("ask", "q"), Map.entry("answer", "a"), Map.entry("response", "a"), Map.entry("reply", "a"),
            Map.entry("solution", "a"), Map.entry("explanation", "a"), Map.entry("body", "a"), Map.entry("level", "difficulty"),
            Map.entry("diff", "difficulty"), Map.entry("slug", "id"), Map.entry("key", "id"), Map.entry("name", "id"),
            Map.entry("anchor", "id"));

    private QuestionPages() {
    }

    /**
     * Whether a page is a question page: it has questions, states a {@code questionsCount} above
     * 0, or its reader found a {@code questions} value of the wrong shape (the page meant to have
     * questions).
     */
    static boolean isQuestionPage(Page page, List<Problem> readProblems) {
        if (!page.questions().isEmpty() || page.questionsCount() != null && page.questionsCount() != 0) {
            return true;
        }
        for (Problem p : readProblems) {
            if (p.ruleId().startsWith("question.") || p.ruleId().equals(QUESTIONS_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each question that lacks members the question format requires and has members it does
     * not know ({@code prompt}, {@code answer}), one {@value Rules#QUESTION_UNKNOWN_KEY} problem
     * naming the unknown keys with the member each most likely means, in place of the missing and
     * blank problems of that question.
     */
    static void unknownKeys(Page page, SourceMap map, List<Problem> problems) {
        List<Question> questions = page.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> missing = missing(q);
            if (missing.isEmpty()) {
                continue;
            }
            // a member of the wrong type may be kept among the extras; it has its own type problem
            List<String> keys = q.extra().keySet().stream().filter(k -> !MEMBERS.contains(k)).toList();
            if (keys.isEmpty()) {
                continue;
            }
            String base = "/page/questions/" + i;
            problems.removeIf(p -> p.location().pointer() != null && p.location().pointer().startsWith(base + "/")
                    && (p.ruleId().endsWith("-missing") || p.ruleId().endsWith("-blank")));
            List<String> unknown = new ArrayList<>();
            for (String key : keys) {
                String meant = meant(key);
                unknown.add("'" + key + "'" + (meant == null ? "" : " (did you mean '" + meant + "'?)"));
            }
            String first = keys.get(0);
            problems.add(Problem.error(Rules.QUESTION_UNKNOWN_KEY, "question " + (i + 1) + " has " + (unknown.size() == 1 ? "a key" : "keys")
                    + " a question does not have: " + String.join(", ", unknown) + "; it lacks " + quoted(missing)
                    + ". A question is {id, difficulty, q, a}", map.locate(base + "/" + SourceMap.escape(first))));
        }
    }

    private static List<String> missing(Question q) {
        List<String> out = new ArrayList<>();
        if (q.id() == null) {
            out.add("id");
        }
        if (q.difficulty() == null) {
            out.add("difficulty");
        }
        if (q.question() == null || q.question().isBlank()) {
            out.add("q");
        }
        if (q.answer() == null || q.answer().isBlank()) {
            out.add("a");
        }
        return out;
    }

    /** The member an unknown key most likely means: a known synonym, else a member one or two edits away. */
    static @Nullable String meant(String key) {
        String k = key.strip().toLowerCase(java.util.Locale.ROOT);
        String synonym = SYNONYMS.get(k);
        if (synonym != null) {
            return synonym;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String member : MEMBERS) {
            int d = distance(k, member.toLowerCase(java.util.Locale.ROOT));
            // one-letter members are one edit from every short word: only a close longer member counts
            if (member.length() > 2 && d <= Math.max(1, member.length() / 4) && d < bestDistance) {
                best = member;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String quoted(List<String> names) {
        List<String> q = names.stream().map(n -> "'" + n + "'").toList();
        return q.size() == 1 ? q.get(0) : String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    /** Levenshtein distance, for short keys. */
    private static int distance(String a, String b) {
        if (a.length() > 40 || b.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
