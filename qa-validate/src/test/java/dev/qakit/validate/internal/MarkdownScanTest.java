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
            "[a][r]", "\n[r]: /r\n", "<https://e.com>", "<b>", "*em* ", "java", "\t", "\n```", "\n~~~", "\n```java\n", "\n```\n", " ",
            "  ", "\n- ", "\n> ", "\n10) ", "\r\n", "\\", "&amp;", "+ ", "* ", "---", "\n    ```", "\n1.", "\n-\n", "`", "\t```", "-\t", "```\t", "\n\t"};
        for (int n = 0; n < 60_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            MarkdownScan fast = MarkdownScan.of(text);
            MarkdownScan full = MarkdownScan.parsed(text);
            assertThat(fast.fences()).as(text).isEqualTo(full.fences());
            assertThat(fast.links()).as(text).isEqualTo(full.links());
        }
    }

    /**
     * The Markdown of real documentation sites (fences in lists, quotes and components, indented
     * code), as written and with every '[' and '<' replaced so that the line scan is tried.
     */
    @Test
    void theShortcutsFindWhatTheFullParseFindsInRealDocuments() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("..", "testdata", "realworld");
        java.util.List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(500);
        int lineScanned = 0;
        for (java.nio.file.Path f : files) {
            String text = java.nio.file.Files.readString(f);
            for (String t : new String[] {text, text.replace('[', '(').replace('<', '(')}) {
                MarkdownScan full = MarkdownScan.parsed(t);
                MarkdownScan fast = MarkdownScan.of(t);
                assertThat(fast.fences()).as(f.toString()).isEqualTo(full.fences());
                assertThat(fast.links()).as(f.toString()).isEqualTo(full.links());
                if (!full.fences().isEmpty() && MarkdownScan.topLevelFences(t) != null) {
                    lineScanned++;
                }
            }
        }
        assertThat(lineScanned).isGreaterThan(100);
    }
}
