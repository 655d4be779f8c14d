package dev.qakit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistentSiblingsTest {

    @Test
    void consistentSiblingsAreValid() {
        assertThat(Violations.of(Fixtures.data())).isEmpty();
    }

    @Test
    void noSiblingsIsValid() {
        assertThat(Violations.of(PageData.of(Fixtures.page(), List.of()))).isEmpty();
    }

    @Test
    void repeatedPathIsReportedOnTheLaterSibling() {
        PageData data = Fixtures.data().withSiblings(List.of(
                Sibling.of("Async Basics", "/fastapi/fundamentals/async-basics", 1),
                Sibling.of("Type Hints", "/fastapi/fundamentals/type-hints", 2),
                Sibling.of("Again", "/fastapi/fundamentals/type-hints", 3)));
        assertThat(Violations.of(data)).containsExactly(
                "siblings[2].path: sibling path '/fastapi/fundamentals/type-hints' is listed twice (siblings 2 and 3)");
    }

    @Test
    void repeatedOrderIsReportedOnTheLaterSibling() {
        PageData data = Fixtures.data().withSiblings(List.of(
                Sibling.of("Async Basics", "/fastapi/fundamentals/async-basics", 1),
                Sibling.of("Type Hints", "/fastapi/fundamentals/type-hints", 1)));
        assertThat(Violations.of(data)).containsExactly(
                "siblings[1].order: sibling order 1 is used twice (siblings 1 and 2)");
    }

    @Test
    void thePageMissingFromItsSiblingsIsReportedOnSiblings() {
        PageData data = Fixtures.data().withSiblings(List.of(Sibling.of("Type Hints", "/fastapi/fundamentals/type-hints", 2)));
        assertThat(Violations.of(data)).containsExactly(
                "siblings: the page's own path '/fastapi/fundamentals/async-basics' is not among its siblings");
        assertThat(Violations.constraintsOf(data)).containsExactly("ConsistentSiblings");
    }

    @Test
    void siblingOrderBelowOneIsReported() {
        PageData data = Fixtures.data().withSiblings(List.of(
                Sibling.of("Async Basics", "/fastapi/fundamentals/async-basics", 0)));
        assertThat(Violations.of(data)).containsExactly("siblings[0].order: sibling 'order' must be at least 1");
    }
}
