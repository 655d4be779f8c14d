package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link dev.qakit.model.Page}: no two questions share an id. The violation points at the
 * second occurrence.
 */
@Documented
@Constraint(validatedBy = UniqueQuestionIdsValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueQuestionIds {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "question ids must be unique within a page";

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
