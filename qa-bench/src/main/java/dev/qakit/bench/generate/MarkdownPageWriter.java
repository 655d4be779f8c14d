package dev.qakit.bench.generate;

import java.util.regex.Pattern;

/**
 * Writes a page as a Nuxt Content source file: YAML frontmatter in the shape of the question
 * sites (declared fields, then {@code questions} with answers as literal block scalars) and a
 * short Markdown body.
 */
final class MarkdownPageWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .&]*[A-Za-z0-9]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(true|false|null|yes|no|on|off|y|n|~)");

    private MarkdownPageWriter() {
    }

    /** The whole file's text. */
    static String write(SyntheticPage page, String body) {
        StringBuilder md = new StringBuilder(4096);
        md.append("---\n");
        md.append("title: ").append(scalar(page.title())).append('\n');
        md.append("framework: ").append(scalar(page.framework())).append('\n');
        md.append("frameworkSlug: ").append(page.frameworkSlug()).append('\n');
        md.append("topic: ").append(scalar(page.topic())).append('\n');
        md.append("topicSlug: ").append(page.topicSlug()).append('\n');
        md.append("subtopic: ").append(scalar(page.subtopic())).append('\n');
        md.append("order: ").append(page.order()).append('\n');
        md.append("difficulty: ").append(page.difficulty()).append('\n');
        md.append("updated: ").append(page.updated()).append('\n');
        md.append("seoDescription: ").append(scalar(page.seoDescription())).append('\n');
        md.append("questions:\n");
        for (SyntheticQuestion q : page.questions()) {
            md.append("  - id: ").append(q.id()).append('\n');
            md.append("    difficulty: ").append(q.difficulty()).append('\n');
            md.append("    q: ").append(quoted(q.q())).append('\n');
            if (q.a().isBlank()) {
                md.append("    a: ").append(quoted(q.a())).append('\n');
            } else {
                md.append("    a: |\n");
                for (String line : q.a().split("\n", -1)) {
                    if (!line.isEmpty()) {
                        md.append("      ").append(line);
                    }
                    md.append('\n');
                }
                // split leaves one empty piece after the final newline: drop its line break
                md.setLength(md.length() - 1);
            }
        }
        md.append("---\n");
        if (!body.isEmpty()) {
            md.append('\n').append(body);
        }
        return md.toString();
    }

    private static String scalar(String text) {
        return PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches() ? text : quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
