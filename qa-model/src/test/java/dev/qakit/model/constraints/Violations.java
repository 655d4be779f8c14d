package dev.qakit.model.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;

/** Runs Hibernate Validator and lists violations as "propertyPath: message", sorted. */
public final class Violations {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Violations() {
    }

    /**
     * The violations of a value, as "propertyPath: message", sorted.
     *
     * @param value the value to validate
     * @return the violations
     */
    public static List<String> of(Object value) {
        return VALIDATOR.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .toList();
    }

    /**
     * The annotation types of the violations of a value, sorted by property path.
     *
     * @param value the value to validate
     * @return simple names of the annotation types
     */
    public static List<String> constraintsOf(Object value) {
        return VALIDATOR.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .toList();
    }
}
