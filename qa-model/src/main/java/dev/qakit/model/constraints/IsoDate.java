package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real calendar date written {@code yyyy-MM-dd} ({@code 2026-06-20}; {@code 2026-02-30} is not one). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "'updated' must be a real date written yyyy-MM-dd, such as '2026-06-20'";

    /**
     * Validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
