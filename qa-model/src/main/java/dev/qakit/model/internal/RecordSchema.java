package dev.qakit.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one record type in payload order, and how to make the record from their
 * values. Immutable. Not API.
 *
 * @param <R> the record type
 */
public final class RecordSchema<R> {
    /** Makes a record from field values (in field order) and the members the model does not know. */
    @FunctionalInterface
    public interface Factory<R> {
        /**
         * Makes the record.
         *
         * @param values one value per field, in field order; null for absent
         * @param extra the unknown members
         * @return the record
         */
        R create(@Nullable Object[] values, Map<String, Object> extra);
    }

    private final String name;
    private final List<Field<R>> fields;
    private final Map<String, Field<R>> byName = new LinkedHashMap<>();
    private final Map<String, Field<R>> byComponent = new LinkedHashMap<>();
    private final Factory<R> factory;
    private final Function<R, Map<String, Object>> extra;

    private RecordSchema(String name, List<Field<R>> fields, Factory<R> factory, Function<R, Map<String, Object>> extra) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.factory = factory;
        this.extra = extra;
        for (Field<R> f : this.fields) {
            if (byName.put(f.name(), f) != null || byComponent.put(f.component(), f) != null) {
                throw new IllegalArgumentException("schema '" + name + "' names field '" + f.name() + "' twice");
            }
        }
    }

    /**
     * The schema's name, the first part of its rule ids ({@code page}, {@code question}, …).
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The members of a record that the model does not know.
     *
     * @param value the record
     * @return its {@code extra} map
     */
    public Map<String, Object> extra(R value) {
        return extra.apply(value);
    }

    /**
     * The fields, in payload order.
     *
     * @return an immutable list
     */
    public List<Field<R>> fields() {
        return fields;
    }

    /**
     * The payload member names, in payload order.
     *
     * @return an immutable list
     */
    public List<String> names() {
        List<String> out = new ArrayList<>(fields.size());
        for (Field<R> f : fields) {
            out.add(f.name());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The member names as messages show the shape of the object: {@code {id, difficulty, q, a}}.
     *
     * @return the shape
     */
    public String shape() {
        return "{" + String.join(", ", names()) + "}";
    }

    /**
     * The field with a payload member name.
     *
     * @param payloadName the member name ({@code q})
     * @return the field, or null if the record has none of that name
     */
    public @Nullable Field<R> field(String payloadName) {
        return byName.get(payloadName);
    }

    /**
     * The field held by a record component.
     *
     * @param componentName the component name ({@code question})
     * @return the field, or null if no field is held there
     */
    public @Nullable Field<R> component(String componentName) {
        return byComponent.get(componentName);
    }

    /**
     * The position of a field in {@link #fields()}.
     *
     * @param field a field of this schema
     * @return its index
     */
    public int indexOf(Field<?> field) {
        // by identity: a schema's fields are its own instances, and a record's generated equals
        // bootstraps method handles on its first call, a cost paid at the start of every run
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == field) {
                return i;
            }
        }
        throw new IllegalArgumentException(field + " is not a field of " + name);
    }

    /**
     * Makes a record.
     *
     * @param values one value per field, in field order, each of the Java type its component has
     *     ({@code String}, {@code Integer}, the nested record or a list of them); null for absent
     * @param extra the members the model does not know
     * @return the record
     * @throws IllegalArgumentException if the number of values is not the number of fields
     */
    public R create(@Nullable Object[] values, Map<String, Object> extra) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name + " has " + fields.size() + " fields, got " + values.length + " values");
        }
        return factory.create(values, extra);
    }

    /**
     * A list with one null per field, to be filled and passed to {@link #create}.
     *
     * @return a new array
     */
    public @Nullable Object[] newValues() {
        return new Object[fields.size()];
    }

    /**
     * Starts a schema.
     *
     * @param <R> the record type
     * @param name the schema name
     * @param factory makes a record from the values
     * @param extra reads a record's unknown members
     * @return a builder
     */
    static <R> Builder<R> builder(String name, Factory<R> factory, Function<R, Map<String, Object>> extra) {
        return new Builder<>(name, factory, extra);
    }

    @Override
    public String toString() {
        return name + names();
    }

    /** Collects fields in payload order. */
    static final class Builder<R> {
        private final String name;
        private final Factory<R> factory;
        private final Function<R, Map<String, Object>> extra;
        private final List<Field<R>> fields = new ArrayList<>();

        private Builder(String name, Factory<R> factory, Function<R, Map<String, Object>> extra) {
            this.name = Objects.requireNonNull(name, "name");
            this.factory = Objects.requireNonNull(factory, "factory");
            this.extra = Objects.requireNonNull(extra, "extra");
        }

        Builder<R> field(String payloadName, String component, FieldType type, Function<R, @Nullable Object> getter) {
            return field(payloadName, component, type, false, Origin.STATE, -1, Field.kebab(payloadName), null, getter);
        }

        Builder<R> field(String payloadName, String component, FieldType type, boolean required, Origin origin, int rank,
                String ruleName, @Nullable RecordSchema<?> element, Function<R, @Nullable Object> getter) {
            fields.add(new Field<>(name, payloadName, component, type, required, origin, rank, ruleName, element, getter));
            return this;
        }

        RecordSchema<R> build() {
            return new RecordSchema<>(name, fields, factory, extra);
        }
    }
}
