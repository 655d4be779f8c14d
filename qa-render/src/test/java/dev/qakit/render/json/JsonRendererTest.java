package dev.qakit.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.json.PageJson;
import dev.qakit.model.PageData;
import dev.qakit.render.TestPages;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    @Test
    void printsWhatQaConvertPrints() {
        PageData seed = TestPages.seed();
        // qa convert --to json prints PageJson.standard().toJson(page) on one line per page.
        assertThat(JsonRenderer.builder().build().render(seed)).isEqualTo(PageJson.standard().toJson(seed) + "\n");
        assertThat(JsonRenderer.builder().build().render(seed)).startsWith("{\"page\":{\"id\":\"qa/fastapi/fundamentals/async-basics.md\"");
    }

    @Test
    void indentIsOptionalAndChecked() {
        PageData seed = TestPages.seed();
        assertThat(JsonRenderer.builder().indent(2).build().toBuilder().build().render(seed))
                .isEqualTo(PageJson.indented(2).toJson(seed) + "\n");
        assertThatThrownBy(() -> JsonRenderer.builder().indent(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indent must be 0..10 spaces, got 11");
    }
}
