package dev.qakit.io.internal.markdown;

import dev.qakit.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown file split into its frontmatter block and its body.
 *
 * @param yaml the YAML between the fences, or null when the file has no frontmatter
 * @param yamlFirstLine the file line of the first YAML line
 * @param body the Markdown after the closing fence (the whole text when there is no frontmatter)
 * @param bodyFirstLine the file line of the first body line
 */
public record Frontmatter(@Nullable String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /**
     * Splits a text at its fences.
     *
     * <p>The opening fence is line 1 and is exactly {@code ---} (trailing blanks allowed). The
     * block ends at the first later line that starts with {@code ---} at column 1, as Nuxt
     * Content ends it; a closing line that is more than {@code ---} (such as {@code ----} or
     * {@code --- x}) still closes but is reported.
     *
     * @param text the normalised text
     * @param problems where problems go
     * @return the split, or null when the fence is never closed (an error is added)
     */
    public static @Nullable Frontmatter split(SourceText text, List<Problem> problems) {
        String s = text.text();
        int firstEnd = lineEnd(s, 0);
        String first = s.substring(0, firstEnd);
        if (!first.startsWith("---")) {
            return new Frontmatter(null, 0, s, 1);
        }
        String rest = first.substring(3);
        if (!rest.isBlank()) {
            if (rest.charAt(0) != '-') {
                problems.add(Problem.error("frontmatter.language",
                        "frontmatter fence '" + first.strip() + "' names a language; only YAML frontmatter opened by '---' is read",
                        text.at(1, 1)));
            }
            return new Frontmatter(null, 0, s, 1);
        }
        // the closing fence: the first later line that starts with ---, found among the text's line starts
        for (int line = 2; line <= text.lineCount(); line++) {
            int pos = text.lineStart(line);
            if (s.startsWith("---", pos)) {
                int end = lineEnd(s, pos);
                if (!s.substring(pos + 3, end).isBlank()) {
                    String l = s.substring(pos, end);
                    problems.add(Problem.warning("frontmatter.fence",
                            "line '" + l.strip() + "' closes the frontmatter (as Nuxt Content reads it); write the closing fence as '---' alone",
                            text.at(line, 1)));
                }
                String yaml = s.substring(Math.min(firstEnd + 1, pos), pos);
                String body = end >= s.length() ? "" : s.substring(end + 1);
                return new Frontmatter(yaml, 2, body, line + 1);
            }
        }
        problems.add(Problem.error("frontmatter.unclosed",
                "the frontmatter opened here is never closed; end it with a line '---'", text.at(1, 1)));
        return null;
    }

    private static int lineEnd(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }
}
