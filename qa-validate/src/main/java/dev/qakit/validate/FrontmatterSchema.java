package dev.qakit.validate;

import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.model.Difficulty;
import dev.qakit.model.Page;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.constraints.DifficultyName;
import dev.qakit.model.constraints.IsoDate;
import dev.qakit.model.constraints.RoutePath;
import dev.qakit.model.constraints.Slug;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.Origin;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.validate.internal.JsonWriter;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of a question page's Markdown frontmatter, for editors
 * (yaml-language-server) and other tools. It is generated, not written: the fields, their order
 * and types come from the model's page schema, the checks from the records' Bean Validation
 * constraints (required question fields, slugs, the difficulty names, ISO dates, routes,
 * {@code order ≥ 1}), and it keeps what the Markdown reader keeps: keys nobody declares are
 * allowed (they become the page's {@code meta}), and so are unknown keys of a question or of
 * {@code seo} (kept as their {@code extra}).
 *
 * <p>It describes what can be checked in one file. Unique question ids, {@code questionsCount}
 * against the questions, the route against the file's place and every rule across pages are
 * for {@code qa validate}. A value the reader treats as absent ({@code null}, {@code ~}, an empty
 * value) is allowed for every optional field; a page needs no key at all, since its title falls
 * back to the first heading and then to the file name.
 */
public final class FrontmatterSchema {
    /** The draft the schema follows. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The YYYY-MM-DD shape {@link IsoDate} parses; {@code format: date} adds the calendar check. */
    private static final String ISO_DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    /** What each field holds, as editors show it on hover, by record and member name ({@code page/order}). */
    private static final Map<String, String> ABOUT = Map.ofEntries(
            Map.entry("page/title", "The page title. Without one, the first '# heading' of the body is the title, then the file name."),
            Map.entry("page/description", "A one-line summary. Without one, the first paragraph of the body is used."),
            Map.entry("page/navigation", "Whether the page is listed in navigation (true or false), or navigation settings such as {title, icon}."),
            Map.entry("page/seo", "Search engine settings; title and description default to the page's own."),
            Map.entry("page/framework", "The framework's display name, such as 'FastAPI'."),
            Map.entry("page/frameworkSlug", "The framework's URL segment, such as 'fastapi'."),
            Map.entry("page/topic", "The topic's display name, such as 'Fundamentals'."),
            Map.entry("page/topicSlug", "The topic's URL segment, such as 'fundamentals'."),
            Map.entry("page/subtopic", "The page's subtopic, shown with its siblings."),
            Map.entry("page/order", "The page's position within its topic: 1, 2, 3, … without gaps or repeats."),
            Map.entry("page/difficulty", "The page's overall difficulty."),
            Map.entry("page/updated", "The date of the last content update, YYYY-MM-DD."),
            Map.entry("page/seoDescription", "The description for search engines; they show about 160 characters."),
            Map.entry("page/related", "Routes of related pages, such as '/fastapi/fundamentals/async-basics'."),
            Map.entry("page/questions", "The questions of the page, in order."),
            Map.entry("page/questionsCount", "The number of questions; computed from 'questions' when the page is read."),
            Map.entry("question/id", "The question's id, unique within the page and its topic; also its '#anchor'."),
            Map.entry("question/difficulty", "How hard the question is."),
            Map.entry("question/q", "The question text (Markdown)."),
            Map.entry("question/a", "The answer (Markdown)."),
            Map.entry("seo/title", "The title search engines show."),
            Map.entry("seo/description", "The description search engines show."));

    private FrontmatterSchema() {
    }

    /**
     * The schema as JSON text, two-space indented, ending with a newline. The same bytes on
     * every call.
     *
     * @return the schema
     */
    public static String json() {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /**
     * Writes the schema.
     *
     * @param out where it goes
     * @throws IOException if writing fails
     */
    public static void write(Appendable out) throws IOException {
        Validator validator = ContentValidator.bootstrapValidator();
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("$schema", DIALECT);
        w.member("title", "qakit question page frontmatter");
        w.member("description", "The YAML frontmatter of a question page of a Nuxt Content site (content/<framework>/<topic>/<page>.md),"
                + " as qakit reads and checks it. Generated by 'qa schema'.");
        w.member("type", "object");
        w.name("properties").beginObject();
        Set<String> declared = MarkdownReader.DEFAULT_DECLARED_KEYS;
        BeanDescriptor page = validator.getConstraintsForClass(Page.class);
        List<Field<Page>> fields = new ArrayList<>(PageSchema.frontmatterOrder());
        for (Field<Page> f : PageSchema.PAGE.fields()) {
            if (f.origin() == Origin.DECLARED && !fields.contains(f)) {
                fields.add(f);
            }
        }
        fields.removeIf(f -> !(f.origin() == Origin.PAGE || f.origin() == Origin.DECLARED && declared.contains(f.name())));
        for (Field<Page> f : fields) {
            w.name(f.name());
            field(w, f, page, false);
        }
        w.name("qa").beginObject()
                .member("title", "qa")
                .member("description", "qakit settings for this page: rules it silences, such as {disable: [lint.code-fence-language]}.")
                .member("type", "object");
        w.name("properties").beginObject().name("disable").beginObject()
                .member("description", "Rule ids (see 'qa validate --list-rules') not checked on this page.");
        w.name("oneOf").beginArray();
        ruleId(w);
        w.beginObject().member("type", "array").name("items");
        ruleId(w);
        w.endObject();
        w.endArray().endObject().endObject();
        w.name("additionalProperties").value(false).endObject();
        w.name(MarkdownReader.STATE_KEY).beginObject()
                .member("title", MarkdownReader.STATE_KEY)
                .member("description", "What 'qa convert --to markdown' keeps so that a page converts back to the same payload"
                        + " (siblings, hash, members the model does not know). Not written by hand.")
                .member("type", "object").endObject();
        w.endObject();
        w.name("additionalProperties").value(true);
        w.name("$defs").beginObject();
        w.name(PageSchema.QUESTION.name());
        record(w, PageSchema.QUESTION, validator.getConstraintsForClass(Question.class), "A question: {id, difficulty, q, a}.");
        w.name(PageSchema.SEO.name());
        record(w, PageSchema.SEO, validator.getConstraintsForClass(Seo.class), "Search engine settings.");
        w.endObject();
        w.endObject();
        w.finish();
    }

    /** A rule id: any string (as the validator takes it), with the catalogue's ids offered for completion. */
    private static void ruleId(JsonWriter w) throws IOException {
        w.beginObject().member("type", "string").name("anyOf").beginArray();
        w.beginObject().name("enum").beginArray();
        for (RuleInfo r : Rules.all()) {
            w.stringValue(r.id());
        }
        w.endArray().endObject();
        w.beginObject().member("type", "string").endObject();
        w.endArray().endObject();
    }

    /** An object of a nested schema: its fields, those with a {@code NotNull} or {@code NotBlank} required. */
    private static <R> void record(JsonWriter w, RecordSchema<R> schema, BeanDescriptor bean, String description) throws IOException {
        w.beginObject().member("title", schema.name()).member("description", description).member("type", "object");
        List<String> required = new ArrayList<>();
        w.name("properties").beginObject();
        for (Field<R> f : schema.fields()) {
            w.name(f.name());
            if (field(w, f, bean, true)) {
                required.add(f.name());
            }
        }
        w.endObject();
        if (!required.isEmpty()) {
            w.name("required").beginArray();
            for (String r : required) {
                w.stringValue(r);
            }
            w.endArray();
        }
        w.name("additionalProperties").value(true);
        w.endObject();
    }

    /**
     * Writes one field's schema.
     *
     * @param nested whether the field is a member of a question or seo object, where a
     *     {@code NotBlank} value has no fallback
     * @return whether a value is required
     */
    private static boolean field(JsonWriter w, Field<?> f, BeanDescriptor bean, boolean nested) throws IOException {
        List<ConstraintDescriptor<?>> constraints = new ArrayList<>();
        PropertyDescriptor property = bean.getConstraintsForProperty(f.component());
        if (property != null) {
            constraints.addAll(property.getConstraintDescriptors());
        }
        constraints.sort(Comparator.comparing(c -> c.getAnnotation().annotationType().getSimpleName()));
        boolean required = nested && constraints.stream().anyMatch(c -> is(c, NotNull.class) || is(c, NotBlank.class));
        StringBuilder about = new StringBuilder(ABOUT.getOrDefault(f.record() + "/" + f.name(), ""));
        for (ConstraintDescriptor<?> c : constraints) {
            String message = capitalise(c.getMessageTemplate());
            about.append(about.length() == 0 ? "" : " ").append(message).append(message.endsWith(".") ? "" : ".");
        }
        w.beginObject().member("title", f.name());
        if (about.length() > 0) {
            w.member("description", about.toString());
        }
        boolean nullable = !required;
        switch (f.type()) {
            case STRING -> types(w, nullable, "string");
            case INTEGER -> {
                types(w, nullable, "integer");
                // the model holds a Java int
                w.member("maximum", Integer.MAX_VALUE);
                if (constraints.stream().noneMatch(c -> is(c, Min.class))) {
                    w.member("minimum", Integer.MIN_VALUE);
                }
            }
            case STRING_LIST -> {
                types(w, nullable, "array");
                w.name("items").beginObject();
                types(w, true, "string");
                w.endObject();
            }
            case BOOLEAN_OR_MAP -> types(w, nullable, "boolean", "object");
            case OBJECT -> {
                types(w, nullable, "object");
                w.member("$ref", "#/$defs/" + java.util.Objects.requireNonNull(f.element()).name());
            }
            case OBJECT_LIST -> {
                types(w, nullable, "array");
                w.name("items").beginObject().member("$ref", "#/$defs/" + java.util.Objects.requireNonNull(f.element()).name()).endObject();
            }
            default -> throw new IllegalStateException("no frontmatter schema for " + f);
        }
        for (ConstraintDescriptor<?> c : constraints) {
            if (is(c, NotBlank.class)) {
                // at the top level an empty value is absent, and the field falls back
                w.member("pattern", nested ? "\\S" : "^$|\\S");
            } else if (is(c, Slug.class)) {
                w.member("pattern", "^(?:" + Slug.PATTERN + ")$");
            } else if (is(c, RoutePath.class)) {
                w.member("pattern", "^(?:" + RoutePath.PATTERN + ")$");
            } else if (is(c, IsoDate.class)) {
                w.member("format", "date").member("pattern", ISO_DATE);
            } else if (is(c, Min.class)) {
                w.member("minimum", ((Number) c.getAttributes().get("value")).longValue());
            } else if (is(c, DifficultyName.class)) {
                w.name("enum").beginArray();
                for (Difficulty d : Difficulty.values()) {
                    w.stringValue(d.slug());
                }
                if (nullable) {
                    w.nullValue();
                }
                w.endArray();
            }
        }
        w.endObject();
        return required;
    }

    private static void types(JsonWriter w, boolean nullable, String... types) throws IOException {
        if (types.length == 1 && !nullable) {
            w.member("type", types[0]);
            return;
        }
        w.name("type").beginArray();
        for (String t : types) {
            w.stringValue(t);
        }
        if (nullable) {
            w.stringValue("null");
        }
        w.endArray();
    }

    private static boolean is(ConstraintDescriptor<?> c, Class<? extends Annotation> type) {
        return c.getAnnotation().annotationType() == type;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
