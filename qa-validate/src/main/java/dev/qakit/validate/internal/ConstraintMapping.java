package dev.qakit.validate.internal;

import dev.qakit.io.SourceMap;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.internal.Field;
import dev.qakit.model.internal.PageSchema;
import dev.qakit.model.internal.RecordSchema;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.Rules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Bean Validation violation on a {@link PageData} into a located {@link Problem}: the
 * property path ({@code page.questions[2].question}) becomes a payload-shaped JSON Pointer
 * ({@code /page/questions/2/q}) that the read's {@link SourceMap} locates, and the constraint
 * becomes a stable rule id; both take the payload names and rule names from {@link PageSchema}.
 */
public final class ConstraintMapping {
    private ConstraintMapping() {
    }

    /**
     * The problem for a violation.
     *
     * @param violation the violation
     * @param sourceMap where the page data came from
     * @return the problem, an error
     */
    public static Problem toProblem(ConstraintViolation<PageData> violation, SourceMap sourceMap) {
        String pointer = pointerOf(violation.getPropertyPath());
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String rule = ruleId(violation.getPropertyPath(), annotation);
        String message = violation.getMessage() + found(annotation, violation.getInvalidValue());
        return new Problem(Severity.ERROR, rule, message, sourceMap.locate(pointer),
                related(rule, pointer, violation.getRootBean(), sourceMap));
    }

    private static final java.util.regex.Pattern QUESTION_ID = java.util.regex.Pattern.compile("/page/questions/(\\d+)/id");

    /** The place a violation's message names besides its own: for a repeated question id, its first use. */
    private static List<SourceLocation> related(String rule, String pointer, @Nullable PageData data, SourceMap sourceMap) {
        java.util.regex.Matcher m = QUESTION_ID.matcher(pointer);
        if (!rule.equals(Rules.QUESTION_ID_UNIQUE) || data == null || !m.matches()) {
            return List.of();
        }
        List<Question> questions = data.page().questions();
        int index = Integer.parseInt(m.group(1));
        if (index >= questions.size() || questions.get(index).id() == null) {
            return List.of();
        }
        for (int i = 0; i < index; i++) {
            if (questions.get(i).id() != null && questions.get(i).id().equals(questions.get(index).id())) {
                return List.of(sourceMap.locate("/page/questions/" + i + "/id"));
            }
        }
        return List.of();
    }

    /**
     * The payload-shaped JSON Pointer for a property path.
     *
     * @param path the property path, from a {@link PageData}
     * @return the pointer, such as {@code /page/questions/2/q}
     */
    public static String pointerOf(Path path) {
        StringBuilder sb = new StringBuilder();
        RecordSchema<?> schema = PageSchema.DATA;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(SourceMap.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                Field<?> field = schema == null ? null : schema.component(name);
                sb.append('/').append(SourceMap.escape(field == null ? name : field.name()));
                schema = field == null ? null : field.element();
            }
        }
        return sb.toString();
    }

    /**
     * The rule id for a violation.
     *
     * @param path the property path
     * @param annotation the simple name of the constraint annotation
     * @return the rule id
     */
    static String ruleId(Path path, String annotation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            names.add(node.getName());
        }
        return ruleId(names, annotation);
    }

    /**
     * The rule id for a constraint, from the names of the property path's nodes.
     *
     * @param names the node names, outermost first ({@code page}, {@code questions}, {@code id});
     *     null and {@code <…>} names (beans, container elements) are skipped
     * @param annotation the simple name of the constraint annotation
     * @return the rule id
     */
    static String ruleId(List<@Nullable String> names, String annotation) {
        switch (annotation) {
            case "ConsistentSiblings" -> {
                return Rules.SIBLINGS_CONSISTENT;
            }
            case "UniqueQuestionIds" -> {
                return Rules.QUESTION_ID_UNIQUE;
            }
            case "QuestionsCountMatches" -> {
                return Rules.PAGE_QUESTIONS_COUNT;
            }
            case "PathMatchesStem" -> {
                return Rules.PAGE_PATH_STEM;
            }
            default -> {
                // a property constraint, named below
            }
        }
        // the record that holds the constrained component, and the component's name in rule ids
        String bean = PageSchema.PAGE.name();
        String leaf = "value";
        String field = leaf;
        RecordSchema<?> schema = PageSchema.DATA;
        for (String name : names) {
            if (name == null || name.startsWith("<")) {
                continue;
            }
            Field<?> f = schema == null ? null : schema.component(name);
            leaf = name;
            if (f != null) {
                bean = schema.name();
                field = f.ruleName();
                schema = f.element();
            } else {
                // inside a value the schema does not describe (the body): named after the field holding it
                if (schema == null && !field.equals(leaf)) {
                    bean = field;
                }
                field = kebab(name);
            }
        }
        return bean + "." + switch (annotation) {
            case "NotNull" -> field + "-missing";
            case "NotBlank", "NotEmpty" -> field + "-blank";
            case "Slug" -> leaf.endsWith("Slug") ? field : field + "-slug";
            case "DifficultyName" -> field;
            case "IsoDate" -> field + "-date";
            case "RoutePath" -> field + "-route";
            case "Min" -> field + "-min";
            default -> field + "-" + kebab(annotation);
        };
    }

    private static String found(String annotation, @Nullable Object value) {
        if (!(value instanceof String || value instanceof Number)
                || !(annotation.equals("Slug") || annotation.equals("DifficultyName") || annotation.equals("IsoDate")
                        || annotation.equals("RoutePath") || annotation.equals("Min"))) {
            return "";
        }
        String text = String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return "; found '" + text + "'";
    }

    private static String kebab(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
