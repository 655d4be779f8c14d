package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiblingIndexTest {

    private static Page page(String stem, String framework, String topic, String subtopic, Integer order) {
        return Page.builder().stem(stem).path("/" + stem).frameworkSlug(framework).topicSlug(topic).subtopic(subtopic).order(order).build();
    }

    @Test
    void sameFrameworkAndTopicByOrderThenStem() {
        Page b = page("go/c/b", "go", "c", "B", 2);
        Page a = page("go/c/a", "go", "c", "A", 2);
        Page first = page("go/c/z", "go", "c", "Z", 1);
        Page none = page("go/c/n", "go", "c", "N", null);
        Page other = page("go/d/x", "go", "d", "X", 1);
        SiblingIndex index = SiblingIndex.of(List.of(b, a, first, none, other));
        assertThat(index.siblingsOf(a)).containsExactly(
                new Sibling("N", "/go/c/n", null, Map.of()), Sibling.of("Z", "/go/c/z", 1), Sibling.of("A", "/go/c/a", 2), Sibling.of("B", "/go/c/b", 2));
        assertThat(index.siblingsOf(other)).containsExactly(Sibling.of("X", "/go/d/x", 1));
        assertThat(index.siblingsOf(page("x", null, "c", "S", 1))).isEmpty();
        assertThat(index.attach(PageData.of(other, List.of())).siblings()).containsExactly(Sibling.of("X", "/go/d/x", 1));
    }

    @Test
    void aTreeReadGivesThePayloadSiblings() throws IOException {
        List<ReadResult<PageData>> all = Corpus.reader().readTreeWithSiblings(Corpus.root());
        assertThat(all).hasSize(15);
        PageData fastapi = all.stream().map(r -> r.value().orElseThrow())
                .filter(d -> "fastapi/fundamentals/async-basics".equals(d.page().stem())).findFirst().orElseThrow();
        assertThat(fastapi.siblings()).containsExactly(
                Sibling.of("Async Basics", "/fastapi/fundamentals/async-basics", 1),
                Sibling.of("Request Lifecycle", "/fastapi/fundamentals/request-lifecycle", 2),
                Sibling.of("Path Operations", "/fastapi/fundamentals/path-operations", 3),
                Sibling.of("Type Hints & FastAPI", "/fastapi/fundamentals/type-hints", 4),
                Sibling.of("OpenAPI & Docs", "/fastapi/fundamentals/openapi-docs", 5));
        PageData go = all.stream().map(r -> r.value().orElseThrow())
                .filter(d -> "go/concurrency/channels".equals(d.page().stem())).findFirst().orElseThrow();
        assertThat(go.siblings()).containsExactly(Sibling.of("Overview", "/go/concurrency", 0), Sibling.of("Channels", "/go/concurrency/channels", 1));
    }
}
