package dev.qakit.validate.internal;

import dev.qakit.validate.internal.ConstraintMapping.PathNode;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConstraintValidatorContext} that {@link BuiltInConstraints} hands the model's
 * constraint validators: it records the violations they build (template and property nodes, as
 * Bean Validation's builder would add them) and whether they disabled the default one. It
 * supports what those validators use (property nodes, in an iterable at an index or key); the
 * rest of the builder API throws {@link UnsupportedOperationException}. One per call; not
 * thread-safe.
 */
final class RecordingContext implements ConstraintValidatorContext {
    /**
     * A violation built by a validator.
     *
     * @param template the message template
     * @param nodes the property nodes added, relative to the validated bean
     */
    record Violation(String template, List<PathNode> nodes) {
    }

    private final List<Violation> violations = new ArrayList<>();
    private boolean defaultDisabled;

    boolean defaultDisabled() {
        return defaultDisabled;
    }

    List<Violation> violations() {
        return violations;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        throw unsupported("getDefaultConstraintMessageTemplate");
    }

    @Override
    public ClockProvider getClockProvider() {
        throw unsupported("getClockProvider");
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        return new Builder(messageTemplate);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw unsupported("unwrap");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " is not supported for the model's built-in constraints");
    }

    /**
     * Every stage of the violation builder at once. As in Hibernate Validator, a property node
     * is added when the next one is started or the violation is added, so that
     * {@code inIterable().atIndex(i)} can still place it in a list.
     */
    private final class Builder implements ConstraintViolationBuilder, NodeBuilderCustomizableContext, NodeContextBuilder,
            NodeBuilderDefinedContext {
        private final String template;
        private final List<PathNode> nodes = new ArrayList<>();
        private @Nullable String pending;
        private @Nullable Integer index;
        private @Nullable Object key;

        Builder(String template) {
            this.template = template;
        }

        private void flush() {
            if (pending != null) {
                nodes.add(new PathNode(pending, index, key));
            }
            pending = null;
            index = null;
            key = null;
        }

        @Override
        public Builder addPropertyNode(String name) {
            flush();
            pending = name;
            return this;
        }

        @Override
        public Builder inIterable() {
            return this;
        }

        @Override
        public Builder atIndex(Integer value) {
            index = value;
            return this;
        }

        @Override
        public Builder atKey(Object value) {
            key = value;
            return this;
        }

        @Override
        public ConstraintValidatorContext addConstraintViolation() {
            flush();
            violations.add(new Violation(template, List.copyOf(nodes)));
            return RecordingContext.this;
        }

        @Override
        @Deprecated
        public Builder addNode(String name) {
            throw unsupported("addNode");
        }

        @Override
        public LeafNodeBuilderCustomizableContext addBeanNode() {
            throw unsupported("addBeanNode");
        }

        @Override
        public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name, Class<?> containerType,
                Integer typeArgumentIndex) {
            throw unsupported("addContainerElementNode");
        }

        @Override
        public Builder addParameterNode(int index) {
            throw unsupported("addParameterNode");
        }

        @Override
        public Builder inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
            throw unsupported("inContainer");
        }
    }
}
