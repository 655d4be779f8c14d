package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.ContentPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The copied corpus: generated variants, Markdown sources, question ids by route. */
final class Corpus {
    static final Path ROOT = TestJson.resource("nuxt/generated/extracted").getParent();
    static final Path CONTENT = TestJson.resource("nuxt/content");
    private static final Pattern ID = Pattern.compile("^  - id:\\s*['\"]?([^'\"]+?)['\"]?\\s*$");

    private Corpus() {
    }

    static Path variant(String name) {
        return ROOT.resolve(name);
    }

    /** Question ids of every Markdown source, by route, parsed from the frontmatter. */
    static Map<String, List<String>> questionIds() {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md"))::iterator) {
                String stem = CONTENT.relativize(f).toString().replace('\\', '/').replaceFirst("\\.md$", "");
                List<String> lines = Files.readAllLines(f);
                if (lines.isEmpty() || !lines.get(0).equals("---")) {
                    continue; // no frontmatter (the file with a byte-order mark is not a page)
                }
                List<String> ids = new ArrayList<>();
                for (int i = 1; i < lines.size() && !lines.get(i).startsWith("---"); i++) {
                    Matcher m = ID.matcher(lines.get(i));
                    if (m.matches()) {
                        ids.add(m.group(1));
                    }
                }
                out.put(ContentPaths.routeOf(stem), ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).hasSize(14);
        return out;
    }

    /** The HTML pages of a variant that hold question pages, by route. */
    static List<String> questionRoutes() {
        return new ArrayList<>(questionIds().keySet());
    }

    static Path page(String variant, String route) {
        return variant(variant).resolve(route.substring(1)).resolve("index.html");
    }
}
