package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InspectCommandTest {

    @Test
    void summarisesASite() {
        CliRun r = CliRun.run("inspect", CliRun.resource("site").toString());
        // the test site holds a page with order 0 and a tag no handler knows: what qa validate reports
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("  /  (no question page; data: qa-index, $f2icp6ywameotd, SiteStats_")
                .contains("  /extras/types  (no question page")
                .contains("  /fastapi/fundamentals/async-basics  \"Async Basics\"  15 questions (easy 3, medium 8, hard 4)")
                .contains("  /go/concurrency  \"Go Concurrency\"  5 questions (easy 2, medium 3, hard 0)")
                .contains("4 files or routes, 2 question pages, 20 questions (easy 5, medium 11, hard 4)")
                .contains("3 errors, 1 warning");
        assertThat(r.out()).doesNotContain("200.html");
        assertThat(r.err()).contains("[devalue.unknown-tag]").contains("[page.order-min]");
    }

    @Test
    void summarisesOnePage() {
        CliRun r = CliRun.run("inspect", CliRun.resource("site/go/concurrency/index.html").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(": a prerendered HTML page").contains("1 file or route, 1 question page, 5 questions")
                .contains("2 errors, 0 warnings");
    }
}
