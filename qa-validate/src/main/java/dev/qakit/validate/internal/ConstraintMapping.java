package dev.qakit.validate.internal;

import dev.qakit.io.SourceMap;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.validate.Rules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Bean Validation violation on a {@link PageData} into a located {@link Problem}: the
 * property path ({@code page.questions[2].question}) becomes a payload-shaped JSON Pointer
 * ({@code /page/questions/2/q}) that the read's {@link SourceMap} locates, and the constraint
 * becomes a stable rule id.
 */
public final class ConstraintMapping {
    /** Record component names that the payload spells differently. */
    private static final Map<String, String> PAYLOAD_NAMES = Map.of("question", "q", "answer", "a", "hash", "__hash__");

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
        return new Problem(Severity.ERROR, rule, message, sourceMap.locate(pointer));
    }

    /**
     * The payload-shaped JSON Pointer for a property path.
     *
     * @param path the property path, from a {@link PageData}
     * @return the pointer, such as {@code /page/questions/2/q}
     */
    public static String pointerOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                sb.append('/').append(SourceMap.escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append('/').append(SourceMap.escape(PAYLOAD_NAMES.getOrDefault(name, name)));
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
        String bean = "page";
        String leaf = "value";
        for (String name : names) {
            if (name == null || name.startsWith("<")) {
                continue;
            }
            switch (name) {
                case "questions" -> bean = "question";
                case "siblings" -> bean = "sibling";
                case "seo" -> bean = "seo";
                case "body" -> bean = "body";
                default -> {
                    // a leaf or the page itself
                }
            }
            leaf = name;
        }
        String field = kebab("question".equals(leaf) ? "text" : leaf);
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
