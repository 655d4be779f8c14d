package dev.qakit.model.constraints;

import dev.qakit.model.Page;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link QuestionsCountMatches}; the violation is reported on {@code questionsCount}. */
public final class QuestionsCountMatchesValidator implements ConstraintValidator<QuestionsCountMatches, Page> {
    /** Creates the validator. */
    public QuestionsCountMatchesValidator() {
    }

    @Override
    public boolean isValid(@Nullable Page page, ConstraintValidatorContext context) {
        if (page == null || page.questionsCount() == null || page.questionsCount() == page.questions().size()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("'questionsCount' is " + page.questionsCount()
                        + " but the page has " + page.questions().size() + " questions")
                .addPropertyNode("questionsCount").addConstraintViolation();
        return false;
    }
}
