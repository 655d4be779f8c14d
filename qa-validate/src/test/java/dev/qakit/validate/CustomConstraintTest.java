package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Question;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own constraint reaches the validator through its factory, and qa.yaml configures its rule once declared. */
class CustomConstraintTest {
    private static final Path PAGE = Path.of("../examples/content/fastapi/fundamentals/async-basics.md");

    /** Answers of at most {@code max} characters, as a user would map it onto qakit's record. */
    private static ValidatorFactory answersAtMost(int max) {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        org.hibernate.validator.cfg.ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(Question.class).field("answer").constraint(new SizeDef().max(max).message("answers are at most {max} characters"));
        return config.addMapping(mapping).buildValidatorFactory();
    }

    private static Path content(Path dir, String qaYaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("content/fastapi/fundamentals"));
        Files.copy(PAGE, folder.resolve("async-basics.md"));
        Files.writeString(dir.resolve("qa.yaml"), qaYaml);
        return dir.resolve("content");
    }

    @Test
    void aUsersConstraintIsReportedAtTheAnswerWithItsRuleId(@TempDir Path dir) throws IOException {
        Path content = content(dir, "custom-rules: [question.answer-size]\n");
        try (ValidatorFactory factory = answersAtMost(300)) {
            ValidationResult r = ContentValidator.builder().validatorFactory(factory).build().validate(List.of(content));
            assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.ruleId()).isEqualTo("question.answer-size");
                assertThat(p.severity()).isEqualTo(Severity.ERROR);
                assertThat(p.message()).isEqualTo("answers are at most 300 characters");
                assertThat(p.location().pointer()).matches("/page/questions/\\d+/a");
                assertThat(p.location().line()).isPositive();
            });
            // the same content within the limit, and qakit's own constraints still apply through the user's factory
            try (ValidatorFactory roomy = answersAtMost(100_000)) {
                assertThat(ContentValidator.builder().validatorFactory(roomy).build().validate(List.of(content)).problems()).isEmpty();
            }
        }
    }

    @Test
    void qaYamlSetsTheDeclaredRuleAndAnUndeclaredOneIsUnknown(@TempDir Path dir) throws IOException {
        Path content = content(dir, "custom-rules: [question.answer-size]\nrules:\n  question.answer-size: warning\n  acme.other: off\n");
        try (ValidatorFactory factory = answersAtMost(300)) {
            ValidationResult r = ContentValidator.builder().validatorFactory(factory).build().validate(List.of(content));
            assertThat(r.problems()).extracting(Problem::ruleId).contains("question.answer-size")
                    .containsOnly("question.answer-size", "config.unknown-rule");
            assertThat(r.problems()).filteredOn(p -> p.ruleId().equals("question.answer-size"))
                    .allMatch(p -> p.severity() == Severity.WARNING);
            assertThat(r.problems()).filteredOn(p -> p.ruleId().equals("config.unknown-rule")).extracting(Problem::message)
                    .containsExactly("no rule has the id 'acme.other' (qa validate --list-rules lists them)");
            assertThat(r.errorCount()).isZero();
        }
    }
}
