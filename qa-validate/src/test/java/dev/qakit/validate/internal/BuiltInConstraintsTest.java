package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.validate.ContentValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * {@link BuiltInConstraints} knows exactly the constraints Bean Validation reads from the model's
 * annotations (which constraint on which component, which validator, which bound, which cascade),
 * so that its written-out list cannot drift from them; what each reports is compared by
 * {@link ConstraintEnginesAgreeTest}.
 */
class BuiltInConstraintsTest {
    @Test
    void theListIsWhatBeanValidationReadsFromTheModel() {
        List<String> metadata = new ArrayList<>();
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            walk(factory.getValidator(), PageData.class, metadata);
        }
        assertThat(BuiltInConstraints.declared()).containsExactlyInAnyOrderElementsOf(metadata);
    }

    @Test
    void theMessagesNeedNoInterpolation() throws Exception {
        // BuiltInConstraints.interpolate only unescapes: the model's messages must have no parameters
        List<String> messages = new ArrayList<>();
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            collectMessages(factory.getValidator(), PageData.class, messages, new ArrayList<>());
        }
        assertThat(messages).hasSizeGreaterThan(15).allSatisfy(m -> assertThat(m).doesNotContain("{", "}", "$", "\\"));
    }

    @Test
    void messagesAreUnescapedAsHibernateValidatorDoes() {
        assertThat(BuiltInConstraints.interpolate("plain")).isEqualTo("plain");
        assertThat(BuiltInConstraints.interpolate("a \\{b\\} \\\\ \\$c")).isEqualTo("a {b} \\ $c");
    }

    @Test
    void theTestClassPathHasNoUserConfiguration() {
        // otherwise every other test of this module would run Hibernate Validator, not the built-in checks
        assertThat(UserConstraints.onClassPath(ContentValidator.class)).isFalse();
    }

    private static void walk(Validator validator, Class<?> type, List<String> out) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        String name = type.getSimpleName();
        for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
            assertThat(c.getConstraintValidatorClasses()).hasSize(1);
            out.add(name + " " + describe(c) + " " + c.getConstraintValidatorClasses().get(0).getSimpleName());
        }
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            String where = name + "." + p.getPropertyName();
            for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                out.add(where + " " + describe(c));
            }
            if (p.isCascaded()) {
                out.add(where + " @Valid");
                walk(validator, p.getElementClass(), out);
            }
            for (ContainerElementTypeDescriptor element : p.getConstrainedContainerElementTypes()) {
                for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
                    out.add(where + "[] " + describe(c));
                }
                if (element.isCascaded()) {
                    out.add(where + "[] @Valid");
                    walk(validator, element.getElementClass(), out);
                }
            }
        }
    }

    private static String describe(ConstraintDescriptor<?> c) {
        // what the built-in checks do not model must not be there
        assertThat(c.getComposingConstraints()).as("composed constraint %s", c).isEmpty();
        assertThat(c.getGroups()).as("groups of %s", c).isEqualTo(Set.of(Default.class));
        assertThat(c.getPayload()).as("payload of %s", c).isEmpty();
        String annotation = c.getAnnotation().annotationType().getSimpleName();
        return "@" + annotation + (annotation.equals("Min") ? "(" + c.getAttributes().get("value") + ")" : "");
    }

    private static void collectMessages(Validator validator, Class<?> type, List<String> out, List<Class<?>> seen) {
        if (seen.contains(type)) {
            return;
        }
        seen.add(type);
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        bean.getConstraintDescriptors().forEach(c -> out.add(c.getMessageTemplate()));
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            p.getConstraintDescriptors().forEach(c -> out.add(c.getMessageTemplate()));
            if (p.isCascaded()) {
                collectMessages(validator, p.getElementClass(), out, seen);
            }
            for (ContainerElementTypeDescriptor element : p.getConstrainedContainerElementTypes()) {
                if (element.isCascaded()) {
                    collectMessages(validator, element.getElementClass(), out, seen);
                }
            }
        }
    }
}
