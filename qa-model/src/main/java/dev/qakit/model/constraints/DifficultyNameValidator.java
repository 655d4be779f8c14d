package dev.qakit.model.constraints;

import dev.qakit.model.Difficulty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link DifficultyName}. */
public final class DifficultyNameValidator implements ConstraintValidator<DifficultyName, String> {
    /** Creates the validator. */
    public DifficultyNameValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || Difficulty.parse(value).isPresent();
    }
}
