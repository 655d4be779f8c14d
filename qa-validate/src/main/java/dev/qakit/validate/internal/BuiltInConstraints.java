package dev.qakit.validate.internal;

import dev.qakit.io.SourceMap;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.constraints.ConsistentSiblings;
import dev.qakit.model.constraints.ConsistentSiblingsValidator;
import dev.qakit.model.constraints.DifficultyName;
import dev.qakit.model.constraints.DifficultyNameValidator;
import dev.qakit.model.constraints.IsoDate;
import dev.qakit.model.constraints.IsoDateValidator;
import dev.qakit.model.constraints.PathMatchesStem;
import dev.qakit.model.constraints.PathMatchesStemValidator;
import dev.qakit.model.constraints.QuestionsCountMatches;
import dev.qakit.model.constraints.QuestionsCountMatchesValidator;
import dev.qakit.model.constraints.RoutePath;
import dev.qakit.model.constraints.RoutePathValidator;
import dev.qakit.model.constraints.Slug;
import dev.qakit.model.constraints.SlugValidator;
import dev.qakit.model.constraints.UniqueQuestionIds;
import dev.qakit.model.constraints.UniqueQuestionIdsValidator;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.internal.ConstraintMapping.PathNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model's own constraints (the annotations on {@link PageData}, {@link Page},
 * {@link Question} and {@link Sibling}, with the validators of {@code dev.qakit.model.constraints})
 * checked without bootstrapping a Bean Validation provider, which costs about half a second of CPU
 * at start-up. The problems are those Hibernate Validator's violations give through
 * {@link ConstraintMapping} (same rule ids, messages and pointers): the class constraints run
 * their own validators against a small recording context, the property constraints test the
 * component that {@link PageSchema} names, and messages are the annotations' own, read when a
 * constraint is first violated.
 *
 * <p>The list of constraints below is written out; {@code BuiltInConstraintsTest} keeps it equal
 * to what Bean Validation reads from the annotations, and {@code ConstraintEnginesAgreeTest}
 * compares the problems of both engines on the example, broken and real-world content and on
 * generated pages. Stateless and thread-safe.
 */
final class BuiltInConstraints {
    /** The property constraints of the model's records, in component order. */
    enum Kind {
        NOT_NULL(NotNull.class),
        NOT_BLANK(NotBlank.class),
        MIN(Min.class),
        SLUG(Slug.class),
        DIFFICULTY_NAME(DifficultyName.class),
        ROUTE_PATH(RoutePath.class),
        ISO_DATE(IsoDate.class);

        final Class<? extends Annotation> annotation;

        Kind(Class<? extends Annotation> annotation) {
            this.annotation = annotation;
        }
    }

    /**
     * A property constraint: a component of a record, as {@link PageSchema} describes it.
     *
     * @param type the record class
     * @param field the component
     * @param kind the constraint
     * @param min the lower bound of {@link Kind#MIN}, else 0
     */
    record Check<R>(Class<R> type, Field<R> field, Kind kind, long min) {
        String describe() {
            return type.getSimpleName() + "." + field.component() + " @" + kind.annotation.getSimpleName()
                    + (kind == Kind.MIN ? "(" + min + ")" : "");
        }
    }

    private static final List<Check<Page>> PAGE = List.of(
            check(Page.class, PageSchema.PAGE, "title", Kind.NOT_BLANK),
            check(Page.class, PageSchema.PAGE, "difficulty", Kind.DIFFICULTY_NAME),
            check(Page.class, PageSchema.PAGE, "frameworkSlug", Kind.SLUG),
            min(Page.class, PageSchema.PAGE, "order", 1),
            check(Page.class, PageSchema.PAGE, "path", Kind.ROUTE_PATH),
            check(Page.class, PageSchema.PAGE, "topicSlug", Kind.SLUG),
            check(Page.class, PageSchema.PAGE, "updated", Kind.ISO_DATE));

    private static final List<Check<Question>> QUESTION = List.of(
            check(Question.class, PageSchema.QUESTION, "id", Kind.NOT_NULL),
            check(Question.class, PageSchema.QUESTION, "id", Kind.SLUG),
            check(Question.class, PageSchema.QUESTION, "difficulty", Kind.NOT_NULL),
            check(Question.class, PageSchema.QUESTION, "difficulty", Kind.DIFFICULTY_NAME),
            check(Question.class, PageSchema.QUESTION, "question", Kind.NOT_BLANK),
            check(Question.class, PageSchema.QUESTION, "answer", Kind.NOT_BLANK));

    private static final List<Check<Sibling>> SIBLING = List.of(
            check(Sibling.class, PageSchema.SIBLING, "path", Kind.NOT_NULL),
            check(Sibling.class, PageSchema.SIBLING, "path", Kind.ROUTE_PATH),
            min(Sibling.class, PageSchema.SIBLING, "order", 1));

    private static final SlugValidator SLUG = new SlugValidator();
    private static final DifficultyNameValidator DIFFICULTY_NAME = new DifficultyNameValidator();
    private static final RoutePathValidator ROUTE_PATH = new RoutePathValidator();
    private static final IsoDateValidator ISO_DATE = new IsoDateValidator();
    private static final ConsistentSiblingsValidator CONSISTENT_SIBLINGS = new ConsistentSiblingsValidator();
    private static final QuestionsCountMatchesValidator QUESTIONS_COUNT_MATCHES = new QuestionsCountMatchesValidator();
    private static final UniqueQuestionIdsValidator UNIQUE_QUESTION_IDS = new UniqueQuestionIdsValidator();
    private static final PathMatchesStemValidator PATH_MATCHES_STEM = new PathMatchesStemValidator();

    private BuiltInConstraints() {
    }

    /**
     * Every constraint and cascade this checker knows, one line each, in the form
     * {@code Page.order @Min(1)}, {@code Page @PathMatchesStem} or {@code Page.questions[] @Valid}.
     *
     * @return the lines
     */
    static List<String> declared() {
        List<String> out = new ArrayList<>();
        out.add("PageData @" + ConsistentSiblings.class.getSimpleName() + " " + ConsistentSiblingsValidator.class.getSimpleName());
        out.add("PageData.page @Valid");
        out.add("PageData.siblings[] @Valid");
        out.add("Page @" + QuestionsCountMatches.class.getSimpleName() + " " + QuestionsCountMatchesValidator.class.getSimpleName());
        out.add("Page @" + UniqueQuestionIds.class.getSimpleName() + " " + UniqueQuestionIdsValidator.class.getSimpleName());
        out.add("Page @" + PathMatchesStem.class.getSimpleName() + " " + PathMatchesStemValidator.class.getSimpleName());
        out.add("Page.body @Valid");
        out.add("Page.questions[] @Valid");
        out.add("Page.seo @Valid");
        for (List<? extends Check<?>> checks : List.of(PAGE, QUESTION, SIBLING)) {
            for (Check<?> c : checks) {
                out.add(c.describe());
            }
        }
        return out;
    }

    /**
     * Checks a page's constraints, adding a problem for each violation.
     *
     * @param data the page data
     * @param map where the page data came from
     * @param out where the problems go
     */
    static void check(PageData data, SourceMap map, List<Problem> out) {
        classConstraint(CONSISTENT_SIBLINGS, ConsistentSiblings.class, PageData.class, data, List.of(), map, out);
        Page page = data.page();
        List<PathNode> pagePath = List.of(PathNode.of("page"));
        classConstraint(QUESTIONS_COUNT_MATCHES, QuestionsCountMatches.class, Page.class, page, pagePath, map, out);
        classConstraint(UNIQUE_QUESTION_IDS, UniqueQuestionIds.class, Page.class, page, pagePath, map, out);
        classConstraint(PATH_MATCHES_STEM, PathMatchesStem.class, Page.class, page, pagePath, map, out);
        // (a property's path is made only for a value that fails its check)
        for (Check<Page> c : PAGE) {
            Object value = c.field().get(page);
            if (!valid(c, value)) {
                violated(c, value, List.of(PathNode.of("page"), PathNode.of(c.field().component())), map, out);
            }
        }
        // body and seo cascade into records that declare no constraints
        List<Question> questions = page.questions();
        for (int i = 0; i < questions.size(); i++) {
            for (Check<Question> c : QUESTION) {
                Object value = c.field().get(questions.get(i));
                if (!valid(c, value)) {
                    violated(c, value, List.of(PathNode.of("page"), PathNode.of("questions"), PathNode.at(c.field().component(), i)),
                            map, out);
                }
            }
        }
        List<Sibling> siblings = data.siblings();
        for (int i = 0; i < siblings.size(); i++) {
            for (Check<Sibling> c : SIBLING) {
                Object value = c.field().get(siblings.get(i));
                if (!valid(c, value)) {
                    violated(c, value, List.of(PathNode.of("siblings"), PathNode.at(c.field().component(), i)), map, out);
                }
            }
        }
    }

    private static void violated(Check<?> c, @Nullable Object value, List<PathNode> path, SourceMap map, List<Problem> out) {
        out.add(ConstraintMapping.toProblem(path, c.kind().annotation.getSimpleName(), interpolate(Messages.of(c)), value, null, map));
    }

    private static boolean valid(Check<?> c, @Nullable Object value) {
        return switch (c.kind()) {
            case NOT_NULL -> value != null;
            // Bean Validation's @NotBlank: not null, and something left after String.trim(),
            // which removes every character up to U+0020
            case NOT_BLANK -> value != null && hasAboveSpace(value.toString());
            case MIN -> value == null || ((Number) value).longValue() >= c.min();
            // these validators report through no context: one that records nothing is enough
            case SLUG -> SLUG.isValid((String) value, new RecordingContext());
            case DIFFICULTY_NAME -> DIFFICULTY_NAME.isValid((String) value, new RecordingContext());
            case ROUTE_PATH -> ROUTE_PATH.isValid((String) value, new RecordingContext());
            case ISO_DATE -> ISO_DATE.isValid((String) value, new RecordingContext());
        };
    }

    private static <A extends Annotation, T> void classConstraint(ConstraintValidator<A, T> validator, Class<A> annotation,
            Class<T> type, T bean, List<PathNode> base, SourceMap map, List<Problem> out) {
        RecordingContext context = new RecordingContext();
        if (validator.isValid(bean, context)) {
            return;
        }
        String name = annotation.getSimpleName();
        if (!context.defaultDisabled()) {
            out.add(ConstraintMapping.toProblem(base, name, interpolate(Messages.ofClass(type, annotation)), bean, pageOf(bean), map));
        }
        for (RecordingContext.Violation v : context.violations()) {
            List<PathNode> path = new ArrayList<>(base);
            path.addAll(v.nodes());
            out.add(ConstraintMapping.toProblem(path, name, interpolate(v.template()), bean, pageOf(bean), map));
        }
    }

    private static @Nullable Page pageOf(Object bean) {
        return bean instanceof Page p ? p : null;
    }

    /**
     * A message template as Hibernate Validator's {@code ParameterMessageInterpolator} resolves
     * one without parameters: the escaped literals {@code \{ \} \\ \$} replaced, in that order.
     * (The model's messages have no parameters; {@code BuiltInConstraintsTest} checks it.)
     *
     * @param template the template
     * @return the message
     */
    static String interpolate(String template) {
        if (template.indexOf('\\') < 0) {
            return template;
        }
        return template.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\").replace("\\$", "$");
    }

    private static <R> Check<R> check(Class<R> type, RecordSchema<R> schema, String component, Kind kind) {
        return new Check<>(type, field(schema, component), kind, 0);
    }

    private static <R> Check<R> min(Class<R> type, RecordSchema<R> schema, String component, long min) {
        return new Check<>(type, field(schema, component), Kind.MIN, min);
    }

    private static <R> Field<R> field(RecordSchema<R> schema, String component) {
        Field<R> f = schema.component(component);
        if (f == null) {
            throw new IllegalStateException("no component '" + component + "' in " + schema);
        }
        return f;
    }

    /**
     * The message templates of the annotations, read once, when a constraint is first violated
     * (reading annotations costs start-up time that valid content should not pay).
     */
    private static final class Messages {
        private static final Map<String, String> BY_CHECK = read();

        private Messages() {
        }

        static String of(Check<?> c) {
            return BY_CHECK.get(c.describe());
        }

        static String ofClass(Class<?> type, Class<? extends Annotation> annotation) {
            return message(type.getAnnotation(annotation));
        }

        private static Map<String, String> read() {
            Map<String, String> out = new HashMap<>();
            for (List<? extends Check<?>> checks : List.of(PAGE, QUESTION, SIBLING)) {
                for (Check<?> c : checks) {
                    try {
                        out.put(c.describe(), message(c.type().getMethod(c.field().component()).getAnnotation(c.kind().annotation)));
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return Map.copyOf(out);
        }

        private static String message(@Nullable Annotation a) {
            if (a == null) {
                throw new IllegalStateException("a constraint of the built-in list is not on the model");
            }
            try {
                return (String) a.annotationType().getMethod("message").invoke(a);
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether {@code String.trim()} would leave something of the text, without trimming it. */
    private static boolean hasAboveSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }
}
