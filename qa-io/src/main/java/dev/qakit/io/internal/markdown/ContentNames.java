package dev.qakit.io.internal.markdown;

import dev.qakit.model.ContentPaths;
import java.util.Locale;

/** Nuxt Content's names for a file: stem, extension and the title made from the file name. */
public final class ContentNames {
    private ContentNames() {
    }

    /**
     * Splits a relative path into stem and extension.
     *
     * @param relativePath {@code a/b/1.c.md}
     * @return {@code [a/b/1.c, md]}; the extension is {@code ""} when the name has no dot
     */
    public static String[] parts(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        int dot = relativePath.lastIndexOf('.');
        if (dot <= slash + 1) {
            return new String[] {relativePath, ""};
        }
        return new String[] {relativePath.substring(0, dot), relativePath.substring(dot + 1)};
    }

    /**
     * The title Nuxt Content gives a page without a frontmatter title or h1: the last stem segment
     * without ordering prefix ({@code index} gives {@code ""}), split on blanks and hyphens into
     * capitalised words.
     *
     * @param stem the stem
     * @return the title
     */
    public static String titleOf(String stem) {
        String last = stem.substring(stem.lastIndexOf('/') + 1);
        String refined = ContentPaths.refineSegment(last);
        StringBuilder sb = new StringBuilder();
        for (String word : refined.split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return sb.toString();
    }
}
