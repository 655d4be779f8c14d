package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs on the module path (see this module's Surefire configuration): proves that the
 * descriptor exports the API packages, shares the internal one only with qakit's own modules, and opens the records to a
 * Bean Validation provider that lives outside the module.
 */
class ModuleDescriptorTest {

    @Test
    void modelIsANamedModuleExportingOnlyApiPackages() {
        Module module = Page.class.getModule();
        assertThat(module.isNamed()).as("tests run on the module path").isTrue();
        assertThat(module.getName()).isEqualTo("dev.qakit.model");
        assertThat(module.getDescriptor().exports()).filteredOn(e -> !e.isQualified())
                .extracting(ModuleDescriptorExports::source)
                .containsExactlyInAnyOrder("dev.qakit.model", "dev.qakit.model.problem", "dev.qakit.model.constraints");
        assertThat(module.isExported("dev.qakit.model.internal")).isFalse();
    }

    @Test
    void internalPackageIsExportedToQakitModulesOnly() {
        assertThat(Page.class.getModule().getDescriptor().exports()).filteredOn(e -> e.source().equals("dev.qakit.model.internal"))
                .singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactlyInAnyOrder("dev.qakit.io", "dev.qakit.render", "dev.qakit.validate"));
    }

    @Test
    void hibernateValidatorReadsRecordsAcrossTheModuleBoundary() {
        Page page = Page.builder().title(" ").stem("fastapi/fundamentals/async-basics").path("/fastapi/fundamentals/async-basics")
                .questions(List.of(Question.of("Not A Slug", "easy", "Why?", "Because."))).build();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Page>> violations = validator.validate(page);
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("title", "questions[0].id");
        }
    }

    /** Keeps the AssertJ extractor readable. */
    private static final class ModuleDescriptorExports {
        static String source(java.lang.module.ModuleDescriptor.Exports e) {
            return e.source();
        }
    }
}
