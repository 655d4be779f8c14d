package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownScanTest {

    @Test
    void findsFencesInTextWithoutLinks() {
        MarkdownScan scan = MarkdownScan.of("Some *text*.\n\n  ```python\nx = 1\n```\n\n```\nopen");
        assertThat(scan.fences()).containsExactly(
                new MarkdownScan.Fence(2, 2, "python", true),
                new MarkdownScan.Fence(6, 0, "", false));
        assertThat(scan.links()).isEmpty();
    }

    @Test
    void findsTheSameFencesAndTheLinksWhenTheTextHasLinks() {
        MarkdownScan scan = MarkdownScan.of("See [the guide](/guide#setup) and <https://example.com>.\n\n  ```python\nx = 1\n```\n");
        assertThat(scan.fences()).containsExactly(new MarkdownScan.Fence(2, 2, "python", true));
        assertThat(scan.links()).containsExactly(
                new MarkdownScan.LinkRef("/guide#setup", 0, 4),
                new MarkdownScan.LinkRef("https://example.com", 0, 34));
    }

    @Test
    void findsReferenceLinks() {
        MarkdownScan scan = MarkdownScan.of("Read [the docs][d].\n\n[d]: /docs\n");
        assertThat(scan.links()).containsExactly(new MarkdownScan.LinkRef("/docs", 0, 5));
    }
}
