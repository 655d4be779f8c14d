package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A difficulty as content writes it: {@code easy}, {@code medium} or {@code hard}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = DifficultyNameValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DifficultyName {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "'difficulty' must be one of [easy, medium, hard]";

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
