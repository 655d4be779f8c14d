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

    /** Texts with and without fences and links, the shortcuts of {@code of} against the full parse. */
    @Test
    void theShortcutsFindWhatTheFullParseFinds() {
        java.util.Random random = new java.util.Random(20261206);
        String[] pieces = {"text ", "`x` ", "``", "```", "~~", "~~~", "````", "\n", "\n\n", "    ", "- ", "> ", "1. ", "[a](b) ",
            "[a][r]", "\n[r]: /r\n", "<https://e.com>", "<b>", "*em* ", "java", "\t"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            MarkdownScan fast = MarkdownScan.of(text);
            MarkdownScan full = MarkdownScan.parsed(text);
            assertThat(fast.fences()).as(text).isEqualTo(full.fences());
            assertThat(fast.links()).as(text).isEqualTo(full.links());
        }
    }
}
