package dev.qakit.model.constraints;

import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PathMatchesStem}; the violation is reported on {@code path}. */
public final class PathMatchesStemValidator implements ConstraintValidator<PathMatchesStem, Page> {
    /** Creates the validator. */
    public PathMatchesStemValidator() {
    }

    @Override
    public boolean isValid(@Nullable Page page, ConstraintValidatorContext context) {
        if (page == null || page.path() == null || page.stem() == null) {
            return true;
        }
        String expected = ContentPaths.routeOf(page.stem());
        if (expected.equals(page.path())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("'path' is '" + UniqueQuestionIdsValidator.escape(page.path())
                        + "' but stem '" + UniqueQuestionIdsValidator.escape(page.stem()) + "' gives '"
                        + UniqueQuestionIdsValidator.escape(expected) + "'")
                .addPropertyNode("path").addConstraintViolation();
        return false;
    }
}
