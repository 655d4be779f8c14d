package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Question;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    private static final String MESSAGE =
            "question 'id' must be a lowercase slug such as 'what-is-async-await' (a-z, 0-9, single hyphens)";

    @ParameterizedTest
    @ValueSource(strings = {"a", "async", "what-is-async-await", "http2", "v3-api", "0"})
    void acceptsSlugs(String id) {
        assertThat(SlugValidator.isSlug(id)).isTrue();
        assertThat(Violations.of(Question.of(id, "easy", "Q?", "A."))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Async", "what_is", "what--is", "-what", "what-", "what is", "ünïcode", "a/b"})
    void rejectsOthers(String id) {
        assertThat(SlugValidator.isSlug(id)).isFalse();
        assertThat(Violations.of(Question.of(id, "easy", "Q?", "A."))).containsExactly("id: " + MESSAGE);
    }

    @org.junit.jupiter.api.Test
    void missingIdIsReportedByNotNullOnly() {
        Question q = new Question(null, "easy", "Q?", "A.", Map.of());
        assertThat(Violations.of(q)).containsExactly(
                "id: question 'id' is missing; expected a lowercase slug such as 'what-is-async-await'");
        assertThat(Violations.constraintsOf(q)).containsExactly("NotNull");
    }

    @org.junit.jupiter.api.Test
    void pageSlugsHaveTheirOwnMessages() {
        assertThat(Violations.of(Fixtures.page().toBuilder().frameworkSlug("Fast API").topicSlug("Data_Fetching").build()))
                .containsExactly(
                        "frameworkSlug: 'frameworkSlug' must be a lowercase slug such as 'spring-boot' (a-z, 0-9, single hyphens)",
                        "topicSlug: 'topicSlug' must be a lowercase slug such as 'data-fetching' (a-z, 0-9, single hyphens)");
    }

    @org.junit.jupiter.api.Test
    void slugsAreMadeFromAnyText() {
        assertThat(SlugValidator.toSlug("What Is_ASGI?")).isEqualTo("what-is-asgi");
        assertThat(SlugValidator.toSlug("  Crème brûlée -- déjà vu  ")).isEqualTo("creme-brulee-deja-vu");
        assertThat(SlugValidator.toSlug("How does `response_model` protect you from leaking fields in FastAPI?"))
                .isEqualTo("how-does-response-model-protect-you-from-leaking").hasSizeLessThanOrEqualTo(SlugValidator.MAX_MADE_LENGTH);
        assertThat(SlugValidator.toSlug("?!")).isEmpty();
        // spelled as Nuxt Content's slugify spells routes ($fetch.md is /dollarfetch)
        assertThat(SlugValidator.toSlug("What does $fetch return?")).isEqualTo("what-does-dollarfetch-return");
        assertThat(SlugValidator.toSlug("x".repeat(100))).hasSize(SlugValidator.MAX_MADE_LENGTH);
        for (String text : new String[] {"Q?", "Ünïcödé", "a--b", "-x-", "日本語 and more", "x".repeat(100)}) {
            String slug = SlugValidator.toSlug(text);
            assertThat(slug.isEmpty() || SlugValidator.isSlug(slug)).as(text).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void theHandReadingAgreesWithThePattern() {
        java.util.Random random = new java.util.Random(20261206);
        String alphabet = "az09--_A é.";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(SlugValidator.isSlug(text)).as("'%s'", text).isEqualTo(SlugValidator.matchesPattern(text));
        }
    }
}
