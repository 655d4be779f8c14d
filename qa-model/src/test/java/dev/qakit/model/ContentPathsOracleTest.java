package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentPaths} gives every name what Nuxt Content's own path-meta transformer gives it.
 * The expectations in {@code content-paths.tsv} were recorded by running that transformer
 * (@nuxt/content 3.14.0, with slugify 1.6.9 and scule 1.3.0) over 2000 generated file names:
 * {@code src/test/node/content-paths.mjs}; nothing in the file is written by hand. Names may hold
 * line breaks and tabs, written there as escapes.
 */
class ContentPathsOracleTest {

    /** One recorded name: the file path in the collection and what the transformer returned. */
    record Recorded(String file, String path, String stem, String extension, String title) {
    }

    static List<Recorded> recorded() throws IOException {
        List<Recorded> out = new ArrayList<>();
        try (InputStream in = ContentPathsOracleTest.class.getResourceAsStream("content-paths.tsv")) {
            assertThat(in).as("content-paths.tsv").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("# @nuxt/content")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as(line).hasSize(5);
                out.add(new Recorded(unescape(f[0]), unescape(f[1]), unescape(f[2]), unescape(f[3]), unescape(f[4])));
            }
        }
        assertThat(out).hasSize(2000);
        return out;
    }

    /** A field as the recorder escapes it: backslash, tab, line feed, carriage return, and \\uXXXX for other line breaks. */
    private static String unescape(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = field.charAt(++i);
            switch (e) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** One assertion over all names, listing every difference: 2000 test cases would cost more than the checks. */
    @Test
    void everyNameGetsNuxtContentsStemExtensionRouteAndTitle() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Recorded r : recorded()) {
            String name = r.file().substring(Math.max(r.file().lastIndexOf('/'), r.file().lastIndexOf(':')) + 1);
            // Nuxt Content titles a file by its base name; a name without one ('x', '.yml') gets ''.
            boolean hasBaseName = !r.extension().isEmpty() && !name.equals("." + r.extension());
            compare(differences, r, "stem", ContentPaths.stemOf(r.file()), r.stem());
            compare(differences, r, "extension", ContentPaths.extensionOf(r.file()), r.extension());
            compare(differences, r, "path", ContentPaths.routeOf(r.stem()), r.path());
            compare(differences, r, "title", hasBaseName ? ContentPaths.titleOf(r.stem()) : "", r.title());
        }
        assertThat(differences).isEmpty();
    }

    private static void compare(List<String> differences, Recorded r, String what, String actual, String expected) {
        if (!actual.equals(expected)) {
            differences.add(r.file() + ": " + what + " '" + actual + "', Nuxt Content gives '" + expected + "'");
        }
    }
}
