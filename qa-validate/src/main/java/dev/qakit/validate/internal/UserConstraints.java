package dev.qakit.validate.internal;

import java.util.List;

/**
 * Whether the class path holds Bean Validation configuration of the user's that could change
 * what the model's constraints report or add constraints of its own: then Hibernate Validator,
 * not {@link BuiltInConstraints}, checks pages. It looks where Hibernate Validator looks: the
 * context class loader, then the library's own.
 */
public final class UserConstraints {
    /** The files: XML configuration (with its constraint mappings), and extra constraint validators. */
    static final List<String> RESOURCES = List.of("META-INF/validation.xml", "META-INF/services/jakarta.validation.ConstraintValidator");

    private UserConstraints() {
    }

    /**
     * Whether one of {@link #RESOURCES} is on the class path.
     *
     * @param library a class of the library, whose class loader is asked after the context class loader
     * @return true if Bean Validation must run
     */
    public static boolean onClassPath(Class<?> library) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (String resource : RESOURCES) {
            if (context != null && context.getResource(resource) != null
                    || library.getClassLoader() != null && library.getClassLoader().getResource(resource) != null) {
                return true;
            }
        }
        return false;
    }
}
