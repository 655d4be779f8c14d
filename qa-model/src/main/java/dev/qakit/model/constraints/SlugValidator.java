package dev.qakit.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, String> {
    private static final Pattern SLUG = Pattern.compile(Slug.PATTERN);

    /** Creates the validator. */
    public SlugValidator() {
    }

    /**
     * Whether a text is a slug.
     *
     * @param text the text
     * @return true for a lowercase slug
     */
    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || isSlug(value);
    }
}
