package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route: starts with {@code /}, no trailing {@code /} (except the root), no white space. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = RoutePathValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RoutePath {
    /** The regular expression a route matches as a whole (Java and ECMAScript alike). */
    String PATTERN = "/|(/[^/\\s]+)+";

    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "must be a route starting with '/', such as '/fastapi/fundamentals/async-basics' (no trailing '/', no spaces)";

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
