package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string that is a lowercase slug: {@code a-z} and {@code 0-9} in words joined by single hyphens
 * ({@code what-is-async-await}). {@code null} is valid (use {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = SlugValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {
    /** The regular expression a slug matches as a whole (Java and ECMAScript alike). */
    String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "must be a lowercase slug such as 'async-basics' (a-z, 0-9, single hyphens)";

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
