package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "fastapi/fundamentals/async-basics, /fastapi/fundamentals/async-basics",
        "1.fastapi/2.fundamentals/3.async-basics, /fastapi/fundamentals/async-basics",
        "fastapi/index, /fastapi",
        "fastapi/1.index, /fastapi",
        "index, /",
        "'', /",
        "fastapi/guide.draft, /fastapi/guide",
        "docs/1.2.x/intro, /docs/1.2.x/intro",
        "docs/3.0/intro, /docs/3.0/intro",
        "Getting Started/Hello World, /getting-started/hello-world",
        "café/Über, /cafe/uber",
        "a/b_c, /a/b_c",
        "a/x -- y, /a/x-y",
        "a/what?, /a/what",
        "docs/api/utils/$fetch, /docs/api/utils/dollarfetch",
        "docs/4.x/1.getting-started/index, /docs/4.x/getting-started",
    })
    void routeOf(String stem, String route) {
        assertThat(ContentPaths.routeOf(stem)).isEqualTo(route);
    }

    @Test
    void refineSegmentDropsOrderPrefixAndIndex() {
        assertThat(ContentPaths.refineSegment("12.setup")).isEqualTo("setup");
        assertThat(ContentPaths.refineSegment("index")).isEmpty();
        assertThat(ContentPaths.refineSegment("2.index")).isEmpty();
        assertThat(ContentPaths.refineSegment("1.10")).isEqualTo("1.10");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ContentPaths.routeOf(null)).isInstanceOf(NullPointerException.class).hasMessage("stem");
    }
}
