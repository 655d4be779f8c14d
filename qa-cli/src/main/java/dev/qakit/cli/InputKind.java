package dev.qakit.cli;

import dev.qakit.io.nuxt.NuxtSiteReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an INPUT argument is. Commands ask {@link #detect(Path)} and switch on the result; a new
 * kind of input is one more constant and one more test in {@code detect}.
 */
enum InputKind {
    /** A devalue payload file ({@code _payload.json}), or a JavaScript payload to be reported. */
    PAYLOAD("a Nuxt payload (_payload.json)"),
    /** A prerendered HTML page with a {@code __NUXT_DATA__} script. */
    HTML_PAGE("a prerendered HTML page"),
    /** A generated site directory ({@code .output/public}, {@code dist/}). */
    SITE("a generated site directory"),
    /** A Markdown file with YAML frontmatter. */
    MARKDOWN_FILE("a Markdown file"),
    /** A folder of Markdown content. */
    CONTENT_FOLDER("a Markdown content folder");

    /** What the supported Nuxt inputs are, for usage messages. */
    static final String NUXT_INPUTS = "a _payload.json, a prerendered HTML page or a generated site directory"
            + " (.output/public, dist/)";

    private final String description;

    InputKind(String description) {
        this.description = description;
    }

    /**
     * A description for messages: "a prerendered HTML page".
     *
     * @return the description
     */
    String description() {
        return description;
    }

    /**
     * Detects the kind of an input.
     *
     * @param input the path
     * @return the kind
     * @throws NoSuchFileException if it does not exist
     * @throws UsageException if it is none of the known kinds, naming what was expected
     * @throws IOException if it cannot be read
     */
    static InputKind detect(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString());
        }
        if (Files.isDirectory(input)) {
            if (NuxtSiteReader.isSite(input)) {
                return SITE;
            }
            try (Stream<Path> files = Files.walk(input, 4)) {
                if (files.anyMatch(p -> isMarkdown(p) && Files.isRegularFile(p))) {
                    return CONTENT_FOLDER;
                }
            }
            throw new UsageException("'" + input + "' is a folder without index.html, _payload.json or Markdown files;"
                    + " expected " + NUXT_INPUTS + ", a Markdown file or a content folder");
        }
        String name = String.valueOf(input.getFileName()).toLowerCase(Locale.ROOT);
        if (isMarkdown(input)) {
            return MARKDOWN_FILE;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML_PAGE;
        }
        if (name.endsWith(".json") || name.endsWith(".js")) {
            return PAYLOAD;
        }
        int first = firstNonBlank(input);
        if (first == '<') {
            return HTML_PAGE;
        }
        if (first == '[' || first == '-') {
            return PAYLOAD;
        }
        throw new UsageException("'" + input + "' is not an input qa reads; expected " + NUXT_INPUTS
                + ", a Markdown file or a content folder");
    }

    private static boolean isMarkdown(Path p) {
        String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static int firstNonBlank(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int i = 0, c; i < 4096 && (c = in.read()) >= 0; i++) {
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return c;
                }
            }
        }
        return -1;
    }
}
