package dev.qakit.validate;

import dev.qakit.io.markdown.FrontmatterText;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.constraints.SlugValidator;
import dev.qakit.validate.internal.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Safe automatic fixes of Markdown question pages, as minimal edits: only the bytes of the values
 * fixed change (see {@link FrontmatterText}), so comments, quoting, key order, blank lines, line
 * endings and the body stay as they are.
 *
 * <ul>
 *   <li>a question id that is not a slug becomes one (from the id, else from the question), and
 *       links to it ({@code #id} in its own file, {@code /route#id} in any page of the site) follow;
 *   <li>a question id used before in the page or its topic is renamed to a new slug made from
 *       its question text (links to the id keep meaning the first use, so they stay);
 *   <li>a {@code frameworkSlug} or {@code topicSlug} that is not a slug becomes one;
 *   <li>with {@link #fixOrder()}, the orders of a topic's pages become 1, 2, 3, … in their
 *       present order (ties by file).
 * </ul>
 *
 * A value that is not written in place on one line (a block scalar, an alias, a tag, escapes)
 * is left as it is and named in {@link Result#unfixed()}. Stateless.
 *
 * @param fixOrder whether to renumber {@code order} within each topic
 */
public record ContentFixer(boolean fixOrder) {

    /**
     * A Markdown page to fix.
     *
     * @param source the file's display name
     * @param site the site it belongs to (pages of one site are fixed together)
     * @param text the file's text as read
     * @param data the page as read from that text
     */
    public record Input(String source, String site, String text, PageData data) {
        /**
         * Checks the components.
         *
         * @param source the name
         * @param site the site
         * @param text the text
         * @param data the page
         */
        public Input {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * A file with fixes.
     *
     * @param source the file's display name
     * @param before the text as read
     * @param after the fixed text
     * @param changes what changed, one line each ({@code question id 'A B' → 'a-b' (not a slug)})
     */
    public record FileFix(String source, String before, String after, List<String> changes) {
        /**
         * Copies the changes.
         *
         * @param source the name
         * @param before the text as read
         * @param after the fixed text
         * @param changes the changes
         */
        public FileFix {
            changes = List.copyOf(changes);
        }
    }

    /**
     * What a fix run found.
     *
     * @param files the files that change, in the order given
     * @param unfixed what could not be fixed in place, one line each ({@code source: what})
     */
    public record Result(List<FileFix> files, List<String> unfixed) {
        /**
         * Copies the lists.
         *
         * @param files the files
         * @param unfixed the unfixed
         */
        public Result {
            files = List.copyOf(files);
            unfixed = List.copyOf(unfixed);
        }
    }

    /** One page being fixed. */
    private static final class Work {
        final Input in;
        final @Nullable FrontmatterText fm;
        final List<FrontmatterText.Edit> edits = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        /** Ids renamed because they were not slugs: old → new, for links. */
        final Map<String, String> anchors = new LinkedHashMap<>();

        Work(Input in) {
            this.in = in;
            this.fm = FrontmatterText.of(in.source(), in.text()).orElse(null);
        }

        Page page() {
            return in.data().page();
        }
    }

    /**
     * Computes the fixes of some pages; nothing is written.
     *
     * @param pages the pages, of one or more sites
     * @return the files that change and what could not be fixed
     */
    public Result fix(List<Input> pages) {
        List<Work> all = new ArrayList<>();
        Map<String, List<Work>> bySite = new TreeMap<>();
        for (Input in : pages) {
            Work w = new Work(in);
            all.add(w);
            bySite.computeIfAbsent(in.site(), k -> new ArrayList<>()).add(w);
        }
        List<String> unfixed = new ArrayList<>();
        for (List<Work> site : bySite.values()) {
            site.sort(Comparator.comparing(w -> w.in.source()));
            Map<String, List<Work>> topics = new LinkedHashMap<>();
            for (Work w : site) {
                String topic = Topic.of(w.page());
                topics.computeIfAbsent(topic == null ? "\u0000" + w.in.source() : topic, k -> new ArrayList<>()).add(w);
                slugField(w, "frameworkSlug", w.page().frameworkSlug(), unfixed);
                slugField(w, "topicSlug", w.page().topicSlug(), unfixed);
            }
            for (List<Work> topic : topics.values()) {
                questionIds(topic, unfixed);
                if (fixOrder) {
                    orders(topic, unfixed);
                }
            }
            links(site);
        }
        List<FileFix> files = new ArrayList<>();
        for (Work w : all) {
            if (!w.edits.isEmpty()) {
                String after = FrontmatterText.apply(w.in.text(), w.edits);
                if (!after.equals(w.in.text())) {
                    files.add(new FileFix(w.in.source(), w.in.text(), after, w.changes));
                }
            }
        }
        return new Result(files, unfixed);
    }

    private static void slugField(Work w, String key, @Nullable String value, List<String> unfixed) {
        if (value == null || SlugValidator.isSlug(value)) {
            return;
        }
        String slug = SlugValidator.toSlug(value);
        if (slug.isEmpty() || !edit(w, "/" + key, slug, key + " '" + value + "' → '" + slug + "' (not a slug)")) {
            unfixed.add(w.in.source() + ": " + key + " '" + value + "' is not a slug and cannot be rewritten in place");
        }
    }

    private static void questionIds(List<Work> topic, List<String> unfixed) {
        Set<String> taken = new HashSet<>();
        for (Work w : topic) {
            for (Question q : w.page().questions()) {
                if (q.id() != null) {
                    taken.add(q.id());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Work w : topic) {
            List<Question> questions = w.page().questions();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                String id = q.id();
                if (id == null) {
                    continue;
                }
                boolean repeated = seen.contains(id);
                boolean slug = SlugValidator.isSlug(id);
                if (!repeated && slug) {
                    seen.add(id);
                    continue;
                }
                String base = repeated ? SlugValidator.toSlug(q.question() == null ? "" : q.question()) : SlugValidator.toSlug(id);
                if (base.isEmpty()) {
                    base = SlugValidator.toSlug(q.question() == null ? "" : q.question());
                }
                if (base.isEmpty()) {
                    base = "question-" + (i + 1);
                }
                String fresh = base;
                for (int n = 2; taken.contains(fresh) || seen.contains(fresh); n++) {
                    fresh = base + "-" + n;
                }
                String why = repeated ? "used before in this " + (idUsedEarlierInPage(questions, i) ? "page" : "topic") : "not a slug";
                if (edit(w, "/questions/" + i + "/id", fresh, "question id '" + id + "' → '" + fresh + "' (" + why + ")")) {
                    taken.add(fresh);
                    seen.add(fresh);
                    if (!repeated) {
                        w.anchors.put(id, fresh);
                    }
                } else {
                    unfixed.add(w.in.source() + ": question id '" + id + "' (" + why + ") cannot be rewritten in place");
                    seen.add(id);
                }
            }
        }
    }

    private static boolean idUsedEarlierInPage(List<Question> questions, int index) {
        for (int i = 0; i < index; i++) {
            if (Objects.equals(questions.get(i).id(), questions.get(index).id())) {
                return true;
            }
        }
        return false;
    }

    private static void orders(List<Work> topic, List<String> unfixed) {
        List<Work> ordered = new ArrayList<>();
        for (Work w : topic) {
            if (w.page().order() != null) {
                ordered.add(w);
            }
        }
        if (ordered.size() < 2) {
            // a lone page is not checked for gaps either
            return;
        }
        ordered.sort(Comparator.comparing((Work w) -> w.page().order()).thenComparing(w -> w.in.source()));
        for (int i = 0; i < ordered.size(); i++) {
            Work w = ordered.get(i);
            int order = Objects.requireNonNull(w.page().order());
            if (order != i + 1 && !edit(w, "/order", i + 1, "order " + order + " → " + (i + 1))) {
                unfixed.add(w.in.source() + ": order " + order + " cannot be rewritten in place");
            }
        }
    }

    /** Links to ids renamed because they were not slugs: {@code #id} in the page itself, {@code /route#id} anywhere in the site. */
    private static void links(List<Work> site) {
        for (Work target : site) {
            if (target.anchors.isEmpty()) {
                continue;
            }
            String route = target.page().path();
            for (Work w : site) {
                for (Map.Entry<String, String> a : target.anchors.entrySet()) {
                    String prefix = (w == target ? "(?:" + Pattern.quote(route == null ? "" : route) + ")?" : route == null ? null
                            : Pattern.quote(route));
                    if (prefix == null) {
                        continue;
                    }
                    // a destination with white space in it is a link only in <…>
                    boolean spaced = a.getKey().chars().anyMatch(Character::isWhitespace);
                    Matcher m = Pattern.compile("\\]\\(" + (spaced ? "<" : "<?") + prefix + "#(" + Pattern.quote(a.getKey()) + ")"
                            + (spaced ? "(?=>)" : "(?=[>)\\s])")).matcher(w.in.text());
                    int n = 0;
                    while (m.find()) {
                        if (overlaps(w, m.start(1), m.end(1))) {
                            continue;
                        }
                        w.edits.add(new FrontmatterText.Edit(m.start(1), m.end(1), a.getValue()));
                        n++;
                    }
                    if (n > 0) {
                        w.changes.add("link" + (n == 1 ? "" : "s") + " to '" + (w == target ? "" : route) + "#" + a.getKey() + "' → '#"
                                + a.getValue() + "'" + (n == 1 ? "" : " (" + n + ")"));
                    }
                }
            }
        }
    }

    private static boolean overlaps(Work w, int start, int end) {
        for (FrontmatterText.Edit e : w.edits) {
            if (start < e.end() && e.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Rewrites the scalar at a YAML pointer in place; false when it is not written so that it can be. */
    private static boolean edit(Work w, String pointer, Object value, String change) {
        if (w.fm == null) {
            return false;
        }
        Optional<FrontmatterText.Scalar> s = w.fm.scalar(pointer);
        if (s.isEmpty()) {
            return false;
        }
        String written = s.get().rewrite(value);
        if (!written.equals(s.get().written())) {
            w.edits.add(new FrontmatterText.Edit(s.get().start(), s.get().end(), written));
            w.changes.add(change);
        }
        return true;
    }
}
