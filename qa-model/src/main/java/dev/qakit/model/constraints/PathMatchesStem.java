package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link dev.qakit.model.Page}: {@code path} equals the route that Nuxt Content derives from
 * {@code stem} ({@link dev.qakit.model.ContentPaths#routeOf(String)}), when both are present.
 */
@Documented
@Constraint(validatedBy = PathMatchesStemValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PathMatchesStem {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "'path' must equal the route derived from 'stem'";

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
