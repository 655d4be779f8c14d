package dev.qakit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The projects of a monorepo checked from its root get each their own rule settings and site
 * facts, so the findings are those of each project checked alone.
 */
class MonorepoTest {
    @TempDir
    Path tmp;

    /** A page of topic {@code go} with the given order, whose answer has a code fence without a language. */
    private static String page(int order) {
        return "---\ntitle: P" + order + "\norder: " + order + "\ndifficulty: easy\nquestions:\n  - id: q" + order + "\n    difficulty: easy\n"
                + "    q: \"Q" + order + "?\"\n    a: |\n      ```\n      x\n      ```\n---\n\nSee [the app](/app).\n";
    }

    private static List<String> lines(ValidationResult r) {
        return r.problems().stream().map(Problem::format).toList();
    }

    @Test
    void eachProjectGetsTheFindingsItGetsAlone() throws IOException {
        Path mono = tmp.resolve("mono");
        for (String project : List.of("docs", "blog")) {
            Path topic = Files.createDirectories(mono.resolve(project + "/content/go"));
            Files.writeString(topic.resolve("a.md"), page(1));
            Files.writeString(topic.resolve("c.md"), page(3));
        }
        // docs: the gap is an error, fences need no language, and the app serves /app
        Files.writeString(mono.resolve("docs/qa.yaml"), "rules:\n  topic.order-gap: error\ndisable: [lint.code-fence-language]\n"
                + "site:\n  routes: [/app]\n");
        ContentValidator validator = ContentValidator.builder().build();

        ValidationResult whole = validator.validate(List.of(mono));
        String docs = mono.resolve("docs/content/go/").toString().replace('\\', '/');
        String blog = mono.resolve("blog/content/go/").toString().replace('\\', '/');
        assertThat(whole.problems()).filteredOn(p -> p.location().source().startsWith(docs))
                .extracting(p -> p.ruleId() + " " + p.severity().label())
                .containsExactly("topic.order-gap error");
        assertThat(whole.problems()).filteredOn(p -> p.location().source().startsWith(blog))
                .extracting(p -> p.ruleId() + " " + p.severity().label())
                .containsExactlyInAnyOrder("lint.code-fence-language warning", "lint.code-fence-language warning",
                        "link.page-not-found error", "link.page-not-found error", "topic.order-gap warning");

        List<String> alone = new java.util.ArrayList<>(lines(validator.validate(List.of(mono.resolve("blog")))));
        alone.addAll(lines(validator.validate(List.of(mono.resolve("docs")))));
        assertThat(lines(whole)).containsExactlyInAnyOrderElementsOf(alone);

        // a configuration given to the validator applies to every file
        ValidationResult given = ContentValidator.builder().config(dev.qakit.io.input.QaConfig.builder()
                .disable("topic.order-gap").build()).build().validate(List.of(mono));
        assertThat(given.problems()).extracting(Problem::ruleId).doesNotContain("topic.order-gap")
                .contains("lint.code-fence-language");
    }
}
