package dev.qakit.model.constraints;

import dev.qakit.model.internal.Slugify;
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
        // Slug.PATTERN read by hand (SlugTest holds the two to each other): runs of a-z and 0-9
        // joined by single hyphens; a matcher costs more than the text on every id of a run
        int n = text.length();
        if (n == 0) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * Whether a text matches {@link Slug#PATTERN}, by the pattern itself.
     *
     * @param text the text
     * @return whether it matches
     */
    static boolean matchesPattern(String text) {
        return SLUG.matcher(text).matches();
    }

    /**
     * A slug made from a text: the text as Nuxt Content's {@code slugify} spells it (accents and
     * other scripts transliterated, {@code $} as {@code dollar}, lower case), then every run of
     * other characters than {@code a-z} and {@code 0-9} one hyphen, none at either end, at most
     * {@value #MAX_MADE_LENGTH} characters (cut at a hyphen where there is one).
     *
     * @param text the text, such as a question or an id that is not a slug
     * @return the slug, or {@code ""} when the text has no letter or digit to make one of
     */
    public static String toSlug(String text) {
        String slug = Slugify.slugify(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_MADE_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_MADE_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_MADE_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** The longest slug {@link #toSlug(String)} makes. */
    public static final int MAX_MADE_LENGTH = 48;

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || isSlug(value);
    }
}
