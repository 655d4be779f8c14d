package dev.qakit.model.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link dev.qakit.model.PageData}: sibling paths are unique, sibling orders are unique, and
 * the page itself is among its siblings (by path) whenever there are siblings.
 */
@Documented
@Constraint(validatedBy = ConsistentSiblingsValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSiblings {
    /**
     * The message template.
     *
     * @return the message
     */
    String message() default "siblings must have unique paths and orders and include the page itself";

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
