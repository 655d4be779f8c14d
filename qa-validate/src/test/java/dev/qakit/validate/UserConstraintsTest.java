package dev.qakit.validate;

import static dev.qakit.validate.Fixture.page;
import static dev.qakit.validate.Fixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Page;
import dev.qakit.model.problem.Problem;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' own Bean Validation constraints keep working although the model's constraints are
 * checked without Bean Validation by default: a validator passed to the builder, and a
 * {@code META-INF/validation.xml} with a constraint mapping on the class path, each add a
 * constraint that is reported next to the model's own.
 */
class UserConstraintsTest {
    private static final String MESSAGE = "page 'subtopic' must not be blank";

    /** A page without a subtopic, whose order also breaks the model's own {@code @Min(1)}. */
    private static ValidationResult validate(ContentValidator validator) {
        Page p = page("/fastapi/basics/async", 0, "a").build();
        return validator.validate(Stream.of(read("a.md", p)));
    }

    @Test
    void withoutUserConstraintsOnlyTheModelsOwnAreReported() {
        assertThat(validate(ContentValidator.builder().build()).problems()).extracting(Problem::ruleId).containsExactly("page.order-min");
    }

    @Test
    void aPassedValidatorWithItsOwnConstraintIsUsed() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        org.hibernate.validator.cfg.ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(Page.class).field("subtopic").constraint(new NotBlankDef().message(MESSAGE));
        ValidatorFactory own = config.addMapping(mapping).buildValidatorFactory();
        ValidationResult r = validate(ContentValidator.builder().validatorFactory(own).build());
        assertThat(r.problems()).extracting(p -> p.ruleId() + ": " + p.message())
                .containsExactlyInAnyOrder("page.order-min: page 'order' must be at least 1; found '0'", "page.subtopic-blank: " + MESSAGE);
    }

    @Test
    void aValidationXmlOnTheClassPathIsRead(@TempDir Path dir) throws IOException {
        Path meta = Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(meta.resolve("validation.xml"), """
                <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/configuration validation-configuration-3.0.xsd"
                        version="3.0">
                    <constraint-mapping>META-INF/qa-constraints.xml</constraint-mapping>
                </validation-config>
                """, StandardCharsets.UTF_8);
        Files.writeString(meta.resolve("qa-constraints.xml"), """
                <constraint-mappings xmlns="https://jakarta.ee/xml/ns/validation/mapping"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/mapping validation-mapping-3.0.xsd"
                        version="3.0">
                    <bean class="dev.qakit.model.Page" ignore-annotations="false">
                        <field name="subtopic">
                            <constraint annotation="jakarta.validation.constraints.NotBlank">
                                <message>%s</message>
                            </constraint>
                        </field>
                    </bean>
                </constraint-mappings>
                """.formatted(MESSAGE), StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        ContentValidator validator;
        try (URLClassLoader withXml = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
            thread.setContextClassLoader(withXml);
            validator = ContentValidator.builder().build();
        } finally {
            thread.setContextClassLoader(original);
        }
        assertThat(validate(validator).problems()).extracting(p -> p.ruleId() + ": " + p.message())
                .containsExactlyInAnyOrder("page.order-min: page 'order' must be at least 1; found '0'", "page.subtopic-blank: " + MESSAGE);
    }
}
