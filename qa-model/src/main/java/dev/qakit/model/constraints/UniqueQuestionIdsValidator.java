package dev.qakit.model.constraints;

import dev.qakit.model.Page;
import dev.qakit.model.Question;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link UniqueQuestionIds}; each repeat is reported on {@code questions[i].id} of the
 * later question, naming the index of the first.
 */
public final class UniqueQuestionIdsValidator implements ConstraintValidator<UniqueQuestionIds, Page> {
    /** Creates the validator. */
    public UniqueQuestionIdsValidator() {
    }

    @Override
    public boolean isValid(@Nullable Page page, ConstraintValidatorContext context) {
        if (page == null) {
            return true;
        }
        List<Question> questions = page.questions();
        Map<String, Integer> first = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).id();
            if (id == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate("question id '" + escape(id)
                                + "' is already used by question " + (earlier + 1) + "; ids must be unique within a page")
                        .addPropertyNode("questions").addPropertyNode("id").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    /** Message templates interpret braces and backslashes; content must not. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
