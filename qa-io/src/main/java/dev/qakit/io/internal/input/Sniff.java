package dev.qakit.io.internal.input;

import dev.qakit.io.input.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;

/**
 * Decides what a file or folder is: by its name where the name says, by its first bytes where it
 * does not. The one place input kinds are decided.
 */
public final class Sniff {
    /** How much of a file is looked at to decide its kind. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private Sniff() {
    }

    /**
     * Whether a file name is a Markdown file's.
     *
     * @param name the file name
     * @return true for {@code .md} and {@code .markdown}
     */
    public static boolean isMarkdownName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * Whether a file name is one of Nuxt Content's navigation settings files: {@code .navigation.yml}
     * (and {@code .yaml}), or {@code _dir.yml} of Nuxt Content 2.
     *
     * @param name the file name
     * @return true if it is
     */
    public static boolean isNavigationName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(".navigation.yml") || n.equals(".navigation.yaml") || n.equals("_dir.yml") || n.equals("_dir.yaml");
    }

    /**
     * Whether a file name is one of Nuxt Content's data formats other than JSON.
     *
     * @param name the file name
     * @return true for {@code .yml}, {@code .yaml} and {@code .csv}
     */
    public static boolean isDataName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".csv");
    }

    /**
     * The kind of a regular file, or null when it is none that qakit reads.
     *
     * @param file the file
     * @return the kind, or null
     * @throws IOException if the file cannot be read
     */
    public static @Nullable InputKind ofFile(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (isMarkdownName(name)) {
            return InputKind.MARKDOWN_FILE;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return InputKind.HTML_PAGE;
        }
        if (isDataName(name)) {
            return InputKind.DATA_FILE;
        }
        if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return InputKind.PAYLOAD;
        }
        byte[] head = head(file);
        int i = skipBlanks(head, 0);
        if (i >= head.length) {
            return name.endsWith(".json") ? InputKind.PAYLOAD : null;
        }
        byte c = head[i];
        if (c == '<') {
            return InputKind.HTML_PAGE;
        }
        if (c == '[') {
            return isDevalueTable(head, i) ? InputKind.PAYLOAD : InputKind.DATA_FILE;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return InputKind.PAYLOAD;
        }
        if (c == '{') {
            return InputKind.DATA_FILE;
        }
        String text = new String(head, i, Math.min(head.length - i, 200), StandardCharsets.UTF_8);
        if (text.startsWith("window.__NUXT") || text.startsWith("export default") || text.startsWith("__NUXT_JSONP__")) {
            return InputKind.PAYLOAD;
        }
        return name.endsWith(".json") ? InputKind.PAYLOAD : null;
    }

    /**
     * Whether an HTML file is a page Nuxt prerendered: it holds a Nuxt payload script.
     *
     * @param file the file
     * @return true if it does
     * @throws IOException if the file cannot be read
     */
    public static boolean isNuxtPage(Path file) throws IOException {
        String head = new String(head(file), StandardCharsets.ISO_8859_1);
        return head.contains("__NUXT_DATA__") || head.contains("window.__NUXT__") || head.contains("data-nuxt-data");
    }

    /**
     * Whether a folder is the root of a generated Nuxt site: it has Nuxt's build folder
     * {@code _nuxt/}, or an SPA fallback page ({@code 200.html}, {@code 404.html}) beside an
     * {@code index.html}.
     *
     * @param dir the folder
     * @return true if it is
     */
    public static boolean isSiteRoot(Path dir) {
        if (Files.isDirectory(dir.resolve("_nuxt"), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.isRegularFile(dir.resolve("index.html"))
                && (Files.isRegularFile(dir.resolve("200.html")) || Files.isRegularFile(dir.resolve("404.html")));
    }

    /**
     * Whether a folder holds a route of a generated site: an {@code index.html} or a
     * {@code _payload.json}.
     *
     * @param dir the folder
     * @return true if it does
     */
    public static boolean isRouteFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("index.html")) || Files.isRegularFile(dir.resolve("_payload.json"));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static int skipBlanks(byte[] b, int from) {
        int i = from;
        if (i == 0 && Utf8.hasBom(b)) {
            i = 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    /**
     * Whether JSON that opens with {@code [} is a devalue table rather than a data file: a devalue
     * payload's first entry is the root value, whose members and items are slot numbers, or a
     * tagged value {@code ["Date", …]}; a data file's array holds objects of real values. What
     * cannot be parsed is taken for a payload, so that its defects are reported.
     */
    private static boolean isDevalueTable(byte[] head, int start) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), Arrays.copyOfRange(head, start, head.length))) {
            p.nextToken();
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                        return false;
                    }
                }
                return true;
            }
            if (first == JsonToken.START_ARRAY) {
                JsonToken inner = p.nextToken();
                return inner == JsonToken.VALUE_STRING || inner == JsonToken.VALUE_NUMBER_INT || inner == JsonToken.END_ARRAY;
            }
            return true;
        } catch (JacksonException e) {
            return true;
        }
    }
}
