package dev.qakit.validate;

import dev.qakit.io.input.QaConfig;
import static dev.qakit.validate.Fixture.located;
import static dev.qakit.validate.Fixture.page;
import static dev.qakit.validate.Fixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.Page;
import dev.qakit.model.Question;
import dev.qakit.model.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content lints, located inside answers, and how to switch them off. */
class LintsTest {
    private static ContentValidator validator;

    @BeforeAll
    static void bootstrap() {
        validator = ContentValidator.builder().build();
    }

    private static Page withAnswer(String answer) {
        return page("/t/a", 1).questions(List.of(Question.of("q", "easy", "Q?", answer))).questionsCount(null).build();
    }

    @Test
    void codeFenceWithoutALanguage() {
        ValidationResult r = validator.validate(Stream.of(read("a.md", withAnswer("Text.\n\n```\ncode\n```\n\n```python\nok\n```\n"))));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "a.md:34:9 lint.code-fence-language code fence without a language; write one after the fence, such as ```python");
    }

    @Test
    void unclosedCodeFence() {
        ValidationResult r = validator.validate(Stream.of(read("a.md", withAnswer("Intro.\n\n  ```python\nx = 1\n\nMore text.\n"))));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "a.md:34:11 lint.unclosed-code-fence this code fence is never closed, so the rest of the answer is read as code");
    }

    @Test
    void longSeoDescription() {
        Page p = page("/t/a", 1, "q").seoDescription("x".repeat(161)).build();
        assertThat(validator.validate(Stream.of(read("a.md", p))).problems()).extracting(Problem::format).containsExactly(
                "a.md:5:7: warning: 'seoDescription' is 161 characters; search engines show about 160 [lint.seo-description-length]");
        Page ok = page("/t/a", 1, "q").seoDescription("é".repeat(160)).build();
        assertThat(validator.validate(Stream.of(read("a.md", ok))).problems()).isEmpty();
    }

    @Test
    void bodyCodeBlockWithoutALanguage() {
        BodyNode pre = new BodyNode.Element("pre", Map.of("code", "x"), List.of(new BodyNode.Element("code", Map.of(),
                List.of(new BodyNode.Text("x")))));
        BodyNode good = new BodyNode.Element("pre", Map.of("language", "python"), List.of());
        Page p = page("/t/a", 1, "q").body(Body.minimark(List.of(good, pre), null)).build();
        ValidationResult r = validator.validate(Stream.of(read("a.md", p)));
        assertThat(r.problems()).extracting(x -> x.location().pointer() + " " + x.ruleId())
                .containsExactly("/page/body/value/1 lint.code-fence-language");
    }

    @Test
    void lintsCanBeSwitchedOffOrRaised() {
        Page p = page("/t/a", 1, "q").seoDescription("x".repeat(200)).build();
        QaConfig off = QaConfig.builder().disable(Rules.LINT_SEO_DESCRIPTION_LENGTH).build();
        assertThat(validator.toBuilder().config(off).build().validate(Stream.of(read("a.md", p))).problems()).isEmpty();
        QaConfig raised = QaConfig.builder().severity(Rules.LINT_SEO_DESCRIPTION_LENGTH,
                dev.qakit.model.problem.Severity.ERROR).build();
        ValidationResult r = validator.toBuilder().config(raised).build().validate(Stream.of(read("a.md", p)));
        assertThat(r.errorCount()).isEqualTo(1);
        assertThat(r.passes(-1)).isFalse();
    }

    @Test
    void aPageCanSilenceRulesForItself() {
        Page p = page("/t/a", 1, "q").seoDescription("x".repeat(200)).order(0)
                .meta(Map.of("qa", Map.of("disable", List.of("lint.seo-description-length", "page.order-min")))).build();
        assertThat(validator.validate(Stream.of(read("a.md", p))).problems()).isEmpty();
        Page single = page("/t/a", 1, "q").seoDescription("x".repeat(200)).meta(Map.of("qa", Map.of("disable",
                "lint.seo-description-length"))).build();
        assertThat(validator.validate(Stream.of(read("a.md", single))).problems()).isEmpty();
    }

    @Test
    void aMalformedPageSettingIsReported() {
        Page p = page("/t/a", 1, "q").meta(Map.of("qa", "off")).build();
        assertThat(located(validator.validate(Stream.of(read("a.md", p))))).containsExactly("a.md:6:7 page.qa-setting");
        Page q = page("/t/a", 1, "q").meta(Map.of("qa", Map.of("silence", List.of()))).build();
        assertThat(validator.validate(Stream.of(read("a.md", q))).problems()).extracting(Problem::message)
                .containsExactly("unknown key 'silence' in the page setting 'qa'; expected 'disable'");
    }
}
