package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link dev.qakit.model.Page}: {@code questionsCount}, when present, equals the number of questions.
 */
@Documented
@Constraint(validatedBy = QuestionsCountMatchesValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface QuestionsCountMatches {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "'questionsCount' must equal the number of questions";

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
