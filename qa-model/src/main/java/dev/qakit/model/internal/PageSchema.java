package dev.qakit.model.internal;

import dev.qakit.model.Body;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.Sibling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one description of a question page's fields: each record's members in payload order with
 * their payload names, types, whether a question page needs them, where a Markdown file keeps
 * them and the names rule ids use. The payload mapper, the Markdown binder, both writers, the
 * reader's declared keys and the constraint-to-pointer mapping all read it. Not API.
 */
public final class PageSchema {
    /** A question: {@code {id, difficulty, q, a}}. */
    public static final RecordSchema<Question> QUESTION = RecordSchema.<Question>builder("question",
                    (v, extra) -> new Question(str(v[0]), str(v[1]), str(v[2]), str(v[3]), extra), Question::extra)
            .field("id", "id", FieldType.STRING, true, Origin.DECLARED, -1, "id", null, Question::id)
            .field("difficulty", "difficulty", FieldType.STRING, true, Origin.DECLARED, -1, "difficulty", null, Question::difficulty)
            .field("q", "question", FieldType.STRING, true, Origin.DECLARED, -1, "text", null, Question::question)
            .field("a", "answer", FieldType.STRING, true, Origin.DECLARED, -1, "answer", null, Question::answer)
            .build();

    /** A sibling: {@code {subtopic, path, order}}. */
    public static final RecordSchema<Sibling> SIBLING = RecordSchema.<Sibling>builder("sibling",
                    (v, extra) -> new Sibling(str(v[0]), str(v[1]), (Integer) v[2], extra), Sibling::extra)
            .field("subtopic", "subtopic", FieldType.STRING, Sibling::subtopic)
            .field("path", "path", FieldType.STRING, true, Origin.STATE, -1, "path", null, Sibling::path)
            .field("order", "order", FieldType.INTEGER, Sibling::order)
            .build();

    /** The SEO object: {@code {title, description}}. */
    public static final RecordSchema<Seo> SEO = RecordSchema.<Seo>builder("seo",
                    (v, extra) -> new Seo(str(v[0]), str(v[1]), extra), Seo::extra)
            .field("title", "title", FieldType.STRING, false, Origin.PAGE, -1, "title", null, Seo::title)
            .field("description", "description", FieldType.STRING, false, Origin.PAGE, -1, "description", null, Seo::description)
            .build();

    /**
     * A page, in Nuxt Content 3's member order ({@code id}, {@code title}, {@code body},
     * {@code description}, the rest alphabetically, {@code __hash__} last).
     */
    public static final RecordSchema<Page> PAGE = RecordSchema.<Page>builder("page", PageSchema::page, Page::extra)
            .field("id", "id", FieldType.STRING, false, Origin.FILE, -1, "id", null, Page::id)
            .field("title", "title", FieldType.STRING, true, Origin.PAGE, 0, "title", null, Page::title)
            .field("body", "body", FieldType.BODY, false, Origin.BODY, -1, "body", null, Page::body)
            .field("description", "description", FieldType.STRING, false, Origin.PAGE, 1, "description", null, Page::description)
            .field("difficulty", "difficulty", FieldType.STRING, false, Origin.DECLARED, 8, "difficulty", null, Page::difficulty)
            .field("extension", "extension", FieldType.STRING, false, Origin.FILE, -1, "extension", null, Page::extension)
            .field("framework", "framework", FieldType.STRING, false, Origin.DECLARED, 2, "framework", null, Page::framework)
            .field("frameworkSlug", "frameworkSlug", FieldType.STRING, false, Origin.DECLARED, 3, "framework-slug", null,
                    Page::frameworkSlug)
            .field("meta", "meta", FieldType.MAP, false, Origin.META, 14, "meta", null, Page::meta)
            .field("navigation", "navigation", FieldType.BOOLEAN_OR_MAP, false, Origin.PAGE, 11, "navigation", null,
                    Page::navigation)
            .field("order", "order", FieldType.INTEGER, false, Origin.DECLARED, 7, "order", null, Page::order)
            .field("path", "path", FieldType.STRING, false, Origin.FILE, -1, "path", null, Page::path)
            .field("questions", "questions", FieldType.OBJECT_LIST, false, Origin.DECLARED, 15, "questions", QUESTION,
                    Page::questions)
            .field("questionsCount", "questionsCount", FieldType.INTEGER, false, Origin.DECLARED, -1, "questions-count", null,
                    Page::questionsCount)
            .field("related", "related", FieldType.STRING_LIST, false, Origin.DECLARED, 13, "related", null, Page::related)
            .field("seo", "seo", FieldType.OBJECT, false, Origin.PAGE, 12, "seo", SEO, Page::seo)
            .field("seoDescription", "seoDescription", FieldType.STRING, false, Origin.DECLARED, 10, "seo-description", null,
                    Page::seoDescription)
            .field("stem", "stem", FieldType.STRING, false, Origin.FILE, -1, "stem", null, Page::stem)
            .field("subtopic", "subtopic", FieldType.STRING, false, Origin.DECLARED, 6, "subtopic", null, Page::subtopic)
            .field("topic", "topic", FieldType.STRING, false, Origin.DECLARED, 4, "topic", null, Page::topic)
            .field("topicSlug", "topicSlug", FieldType.STRING, false, Origin.DECLARED, 5, "topic-slug", null, Page::topicSlug)
            .field("updated", "updated", FieldType.STRING, false, Origin.DECLARED, 9, "updated", null, Page::updated)
            .field("__hash__", "hash", FieldType.STRING, false, Origin.STATE, -1, "hash", null, Page::hash)
            .build();

    /** A question page's async-data entry: {@code {page, siblings, blog}}. */
    public static final RecordSchema<PageData> DATA = RecordSchema.<PageData>builder("data",
                    (v, extra) -> new PageData((Page) nonNull(v[0], "page"), list(v[1]), v[2] == null ? JsonNull.INSTANCE : v[2], extra),
                    PageData::extra)
            .field("page", "page", FieldType.OBJECT, true, Origin.PAGE, -1, "page", PAGE, PageData::page)
            .field("siblings", "siblings", FieldType.OBJECT_LIST, false, Origin.STATE, -1, "siblings", SIBLING, PageData::siblings)
            .field("blog", "blog", FieldType.ANY, false, Origin.STATE, -1, "blog", null, PageData::blog)
            .build();

    /** Every record of a question page, outermost first. */
    public static final List<RecordSchema<?>> RECORDS = List.of(DATA, PAGE, QUESTION, SIBLING, SEO);

    private PageSchema() {
    }

    /**
     * The page fields a Markdown source holds at the top level of its frontmatter, in the order
     * the Markdown writer puts them ({@code title}, {@code description}, {@code framework}, …,
     * {@code meta} standing for the undeclared keys, {@code questions}).
     *
     * @return an immutable list
     */
    public static List<Field<Page>> frontmatterOrder() {
        List<Field<Page>> out = new ArrayList<>();
        for (Field<Page> f : PAGE.fields()) {
            if (f.frontmatterRank() >= 0) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Field::frontmatterRank));
        return List.copyOf(out);
    }

    /**
     * The keys this site family's collection schema declares ({@link Origin#DECLARED}), in
     * frontmatter order, {@code questionsCount} last.
     *
     * @return an immutable list
     */
    public static List<String> declaredKeys() {
        List<String> out = new ArrayList<>();
        for (Field<Page> f : frontmatterOrder()) {
            if (f.origin() == Origin.DECLARED) {
                out.add(f.name());
            }
        }
        for (Field<Page> f : PAGE.fields()) {
            if (f.origin() == Origin.DECLARED && f.frontmatterRank() < 0) {
                out.add(f.name());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The keys of Nuxt Content's page collection that sit at the top level of every page's
     * frontmatter ({@link Origin#PAGE}): {@code title}, {@code description}, {@code navigation}, {@code seo}.
     *
     * @return an immutable list, in payload order
     */
    public static List<String> pageKeys() {
        List<String> out = new ArrayList<>();
        for (Field<Page> f : PAGE.fields()) {
            if (f.origin() == Origin.PAGE) {
                out.add(f.name());
            }
        }
        return List.copyOf(out);
    }

    private static Page page(@Nullable Object[] v, Map<String, Object> extra) {
        return new Page(str(v[0]), str(v[1]), (Body) v[2], str(v[3]), str(v[4]), str(v[5]), str(v[6]), str(v[7]),
                v[8] == null ? Map.of() : map(v[8]), (Navigation) v[9], (Integer) v[10], str(v[11]),
                v[12] == null ? List.of() : list(v[12]), (Integer) v[13], v[14] == null ? null : list(v[14]), (Seo) v[15],
                str(v[16]), str(v[17]), str(v[18]), str(v[19]), str(v[20]), str(v[21]), str(v[22]), extra);
    }

    private static @Nullable String str(@Nullable Object v) {
        return (String) v;
    }

    private static Object nonNull(@Nullable Object v, String name) {
        if (v == null) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(@Nullable Object v) {
        return v == null ? List.of() : (List<T>) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v) {
        return (Map<String, Object>) v;
    }
}
