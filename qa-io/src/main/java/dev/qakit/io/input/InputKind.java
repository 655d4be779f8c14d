package dev.qakit.io.input;

/**
 * What an input is. {@link InputReader} decides it once per input, by the name where the name
 * says and by the content where it does not (a devalue payload and a Nuxt Content JSON data file
 * both end in {@code .json}).
 */
public enum InputKind {
    /** A Markdown file with YAML frontmatter ({@code .md}, {@code .markdown}). */
    MARKDOWN_FILE("a Markdown file"),
    /** A folder: a content folder or any subfolder of one, or any folder holding content files or payloads. */
    FOLDER("a content folder"),
    /** A devalue payload of any file name ({@code _payload.json}), or a JavaScript payload (reported as unsupported). */
    PAYLOAD("a Nuxt payload"),
    /** A prerendered HTML page with a {@code __NUXT_DATA__} script. */
    HTML_PAGE("a prerendered HTML page"),
    /** A generated site ({@code .output/public}, {@code dist/}) or any subfolder of one. */
    SITE("a generated site"),
    /** A Nuxt Content data file ({@code .json}, {@code .yml}, {@code .yaml}, {@code .csv}): not question content, not read. */
    DATA_FILE("a Nuxt Content data file");

    /** What the inputs are, for messages that say what was expected. */
    public static final String EXPECTED = "a Markdown file (.md), a content folder, a Nuxt payload (_payload.json or any devalue"
            + " file), a prerendered HTML page, or a generated site folder (.output/public, dist/)";

    private final String description;

    InputKind(String description) {
        this.description = description;
    }

    /**
     * A description for messages: "a prerendered HTML page".
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
