package dev.qakit.model.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record as the payload, the Markdown source and the validator see it. Not API.
 *
 * @param <R> the record type
 * @param record the owning schema's name, the first part of rule ids ({@code page}, {@code question}, …)
 * @param name the payload member name ({@code q}, {@code __hash__}) and frontmatter key
 * @param component the record component that holds it ({@code question}, {@code hash})
 * @param type the JSON shape of its value
 * @param required whether a question page needs it (a missing value is a constraint violation)
 * @param origin where a Markdown file gives it its value
 * @param frontmatterRank its position among the keys the Markdown writer puts at the top level, or -1
 * @param ruleName the name rule ids use ({@code text} for {@code q}, {@code framework-slug})
 * @param element the schema of the object, or of each list element, for {@link FieldType#OBJECT}
 *     and {@link FieldType#OBJECT_LIST}; null otherwise
 * @param getter reads the component from a record
 */
public record Field<R>(String record, String name, String component, FieldType type, boolean required, Origin origin,
        int frontmatterRank, String ruleName, @Nullable RecordSchema<?> element, Function<R, @Nullable Object> getter) {

    /**
     * Checks the components.
     *
     * @param record the schema name
     * @param name the payload name
     * @param component the component name
     * @param type the type
     * @param required whether required
     * @param origin the origin
     * @param frontmatterRank the frontmatter rank
     * @param ruleName the rule name
     * @param element the nested schema
     * @param getter the getter
     */
    public Field {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(getter, "getter");
        if ((type == FieldType.OBJECT || type == FieldType.OBJECT_LIST) != (element != null)) {
            throw new IllegalArgumentException("field '" + name + "': a nested schema goes with OBJECT and OBJECT_LIST only");
        }
    }

    /**
     * This field's value in a record.
     *
     * @param value the record
     * @return the component's value, null when absent
     */
    public @Nullable Object get(R value) {
        return getter.apply(value);
    }

    /**
     * The rule id of a value of the wrong type in this field, the same whichever reader finds it:
     * {@code <record>.<rule name>-type}, e.g. {@code page.order-type}, {@code question.id-type}.
     *
     * @return the rule id
     */
    public String typeRuleId() {
        return record + "." + ruleName + "-type";
    }

    /**
     * The default rule name of a member: its name in kebab case ({@code frameworkSlug} →
     * {@code framework-slug}).
     *
     * @param name the member name
     * @return the rule name
     */
    static String kebab(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('-');
            }
            if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return record + "." + name;
    }
}
