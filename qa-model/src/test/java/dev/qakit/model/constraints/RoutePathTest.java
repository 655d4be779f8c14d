package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutePathTest {
    private static final String MESSAGE =
            "must be a route starting with '/', such as '/fastapi/fundamentals/async-basics' (no trailing '/', no spaces)";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/fastapi", "/fastapi/fundamentals/async-basics", "/a.b/c_d"})
    void acceptsRoutes(String path) {
        assertThat(Violations.of(Sibling.of("S", path, 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fastapi/x", "/fastapi/", "//x", "/fast api", "/x//y", "/tab\there"})
    void rejectsOthers(String path) {
        assertThat(Violations.of(Sibling.of("S", path, 1))).containsExactly("path: " + MESSAGE);
    }

    @Test
    void appliesToThePagePathToo() {
        assertThat(Violations.of(Fixtures.page().toBuilder().path("fastapi/fundamentals/async-basics").stem(null).build()))
                .containsExactly("path: " + MESSAGE);
    }

    @Test
    void siblingPathIsRequired() {
        assertThat(Violations.of(new Sibling("S", null, 1, Map.of())))
                .containsExactly("path: sibling 'path' is missing; expected a route such as '/fastapi/fundamentals/async-basics'");
    }

    @Test
    void siblingsAreValidatedThroughPageData() {
        PageData data = Fixtures.data();
        PageData broken = data.withSiblings(List.of(data.siblings().get(0), Sibling.of("T", "/bad/", 2)));
        assertThat(Violations.of(broken)).containsExactly("siblings[1].path: " + MESSAGE);
    }
}
