package dev.qakit.model.constraints;

import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ConsistentSiblings}. Repeated paths and orders are reported on
 * {@code siblings[i].path} / {@code siblings[i].order} of the later sibling; a page missing from
 * its siblings is reported on {@code siblings}.
 */
public final class ConsistentSiblingsValidator implements ConstraintValidator<ConsistentSiblings, PageData> {
    /** Creates the validator. */
    public ConsistentSiblingsValidator() {
    }

    @Override
    public boolean isValid(@Nullable PageData data, ConstraintValidatorContext context) {
        if (data == null || data.siblings().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        List<Sibling> siblings = data.siblings();
        Map<String, Integer> paths = new HashMap<>();
        Map<Integer, Integer> orders = new HashMap<>();
        boolean valid = true;
        boolean self = false;
        String pagePath = data.page().path();
        for (int i = 0; i < siblings.size(); i++) {
            Sibling s = siblings.get(i);
            if (s.path() != null) {
                self |= s.path().equals(pagePath);
                Integer earlier = paths.putIfAbsent(s.path(), i);
                if (earlier != null) {
                    valid = false;
                    violation(context, "sibling path '" + UniqueQuestionIdsValidator.escape(s.path())
                            + "' is listed twice (siblings " + (earlier + 1) + " and " + (i + 1) + ")", i, "path");
                }
            }
            if (s.order() != null) {
                Integer earlier = orders.putIfAbsent(s.order(), i);
                if (earlier != null) {
                    valid = false;
                    violation(context, "sibling order " + s.order() + " is used twice (siblings "
                            + (earlier + 1) + " and " + (i + 1) + ")", i, "order");
                }
            }
        }
        if (!self && pagePath != null) {
            valid = false;
            context.buildConstraintViolationWithTemplate("the page's own path '" + UniqueQuestionIdsValidator.escape(pagePath)
                            + "' is not among its siblings")
                    .addPropertyNode("siblings").addConstraintViolation();
        }
        return valid;
    }

    private static void violation(ConstraintValidatorContext context, String message, int index, String property) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode("siblings").addPropertyNode(property).inIterable().atIndex(index)
                .addConstraintViolation();
    }
}
