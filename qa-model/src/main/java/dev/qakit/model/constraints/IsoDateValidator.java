package dev.qakit.model.constraints;

import dev.qakit.model.internal.IsoDates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link IsoDate}: a date that exists, written {@code uuuu-MM-dd} ({@code IsoDates}). */
public final class IsoDateValidator implements ConstraintValidator<IsoDate, String> {
    /** Creates the validator. */
    public IsoDateValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || IsoDates.isDate(value);
    }
}
