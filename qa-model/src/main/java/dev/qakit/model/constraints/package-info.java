/**
 * Bean Validation constraints for question pages and their validators. The annotations are
 * placed on the records of {@code dev.qakit.model}; run them with any Jakarta Validation 3.1
 * provider (qakit's validator uses Hibernate Validator).
 */
@NullMarked
package dev.qakit.model.constraints;

import org.jspecify.annotations.NullMarked;
