package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InspectCommandTest {

    @Test
    void summarisesASite() {
        CliRun r = CliRun.run("inspect", CliRun.resource("site").toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("  /  (no question page; data: qa-index, $f2icp6ywameotd, SiteStats_")
                .contains("  /extras/types  (no question page; data: qa-types)")
                .contains("  /fastapi/fundamentals/async-basics  \"Async Basics\"  15 questions (easy 3, medium 8, hard 4)")
                .contains("  /go/concurrency  \"Go Concurrency\"  5 questions (easy 2, medium 3, hard 0)")
                .contains("4 routes, 2 question pages, 20 questions (easy 5, medium 11, hard 4)")
                .contains("0 errors, 1 warning");
        assertThat(r.out()).doesNotContain("200.html");
        assertThat(r.err()).contains("[nuxt.unknown-tag]");
    }

    @Test
    void summarisesOnePage() {
        CliRun r = CliRun.run("inspect", CliRun.resource("site/go/concurrency/index.html").toString());
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains(": a prerendered HTML page").contains("1 routes, 1 question pages");
    }
}
