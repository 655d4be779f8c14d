package dev.qakit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.internal.json.JsonRendererProvider;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.io.nuxt.TestJson;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.render.Renderer;
import dev.qakit.render.Renderers;
import dev.qakit.render.spi.RendererProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRendererTest {
    private static final boolean UPDATE = Boolean.getBoolean("qakit.golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/async-basics.json");

    private static PageData seed() throws IOException {
        return NuxtPayloadReader.builder().build().read(TestJson.resource("nuxt/seed/async-basics._payload.json"))
                .orThrow().pages().get(0);
    }

    @Test
    void printsWhatQaConvertPrints() throws IOException {
        PageData seed = seed();
        // qa convert --to json prints PageJson.standard().toJson(page) on one line per page.
        assertThat(JsonRenderer.builder().build().render(seed)).isEqualTo(PageJson.standard().toJson(seed) + "\n");
        assertThat(JsonRenderer.builder().build().render(seed)).startsWith("{\"page\":{\"id\":\"qa/fastapi/fundamentals/async-basics.md\"");
    }

    @Test
    void indentIsOptionalAndChecked() throws IOException {
        PageData seed = seed();
        assertThat(JsonRenderer.builder().indent(2).build().toBuilder().build().render(seed))
                .isEqualTo(PageJson.indented(2).toJson(seed) + "\n");
        assertThatThrownBy(() -> JsonRenderer.builder().indent(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indent must be 0..10 spaces, got 11");
    }

    /**
     * The seed page as the discovered {@code json} renderer writes it equals
     * {@code src/test/resources/golden/async-basics.json} byte for byte. To regenerate it after an
     * intended change, run this test with {@code -Dqakit.golden.update=true} and review the diff.
     */
    @Test
    void outputEqualsGoldenFile() throws IOException {
        String actual = Renderers.discover().require("json").render(seed());
        if (UPDATE) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(Files.readString(TestJson.resource("golden/async-basics.json"), StandardCharsets.UTF_8));
    }

    @Test
    void rendererIsDiscoveredWhereverQaIoIsOnThePath() {
        assertThat(ServiceLoader.load(RendererProvider.class).stream().map(p -> p.type().getName()))
                .contains(JsonRendererProvider.class.getName());
        Renderer json = Renderers.discover().require("json");
        assertThat(json).isInstanceOf(JsonRenderer.class).hasToString("JsonRenderer[indent=0]");
        assertThat(json.name() + " " + json.mediaType() + " ." + json.fileExtension()).isEqualTo("json application/json .json");
        assertThat(new JsonRendererProvider().create()).isInstanceOf(JsonRenderer.class);
        assertThat(Renderers.discover().names()).contains("anki", "html", "json", "jsonld", "markdown", "text");
    }

    /** The hostile answer shapes of qa-render's PathologicalInputTest, 1 to 6. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    @Timeout(20)
    void hostileAnswersRenderWithinTheTestStack(int shape) {
        String answer = switch (shape) {
            case 1 -> ">".repeat(100_000) + " deep";
            case 2 -> "- ".repeat(20_000) + "x";
            case 3 -> "*".repeat(50_000) + "x" + "*".repeat(50_000);
            case 4 -> "[".repeat(20_000) + "x" + "](y)".repeat(20_000);
            case 5 -> ("|" + " a |".repeat(300) + "\n") + ("|" + "---|".repeat(300) + "\n") + ("|" + " b |".repeat(300) + "\n").repeat(300);
            default -> "`".repeat(100_000);
        };
        Page page = Page.builder().title("Deep").path("/fastapi/fundamentals/test").stem("fastapi/fundamentals/test")
                .questions(List.of(Question.of("q", "easy", "Q?", answer))).questionsCount(1).build();
        assertThat(Renderers.discover().require("json").render(PageData.of(page, List.of()))).contains("Q?");
    }

    /** A reviver's own type, which JSON has no form for. */
    record Money(String amount) {
    }

    @Test
    void aRevivedValueJsonCannotHoldIsAnErrorNamingItsTypeAndPointer() {
        // page.meta.price is revived by the reader's "Money" reviver as a Money
        String payload = "[{\"data\":1},{\"qa\":2},{\"page\":3},{\"title\":4,\"meta\":5},\"T\",{\"price\":6},[\"Money\",7],\"12.50\"]";
        PageData page = NuxtPayloadReader.builder().reviver("Money", v -> new Money((String) v)).build()
                .readPayload(payload, "p.json").orThrow().pages().get(0);
        assertThat(page.page().meta()).containsEntry("price", new Money("12.50"));
        String message = "cannot write a value of type " + Money.class.getName() + " as JSON at '/page/meta/price'";
        assertThatThrownBy(() -> PageJson.standard().toJson(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
        assertThatThrownBy(() -> Renderers.discover().require("json").render(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
        // inside lists the index is part of the pointer, and member names are escaped
        assertThatThrownBy(() -> PageJson.standard().valueToJson(java.util.Map.of("a/b", List.of(1, new Money("1")))))
                .hasMessageStartingWith("cannot write a value of type " + Money.class.getName() + " as JSON at '/a~1b/1'");
    }
}
