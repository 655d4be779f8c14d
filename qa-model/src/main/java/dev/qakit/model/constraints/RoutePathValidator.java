package dev.qakit.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link RoutePath}. */
public final class RoutePathValidator implements ConstraintValidator<RoutePath, String> {
    private static final Pattern ROUTE = Pattern.compile(RoutePath.PATTERN);

    /** Creates the validator. */
    public RoutePathValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || ROUTE.matcher(value).matches();
    }
}
