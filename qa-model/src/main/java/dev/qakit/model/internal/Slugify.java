package dev.qakit.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code slugify} package (1.6.9) with the options Nuxt Content 3 passes ({@code lower:
 * true}): the text in NFC; each UTF-16 code unit replaced from slugify's character table
 * ({@code $} → {@code dollar}, {@code é} → {@code e}, {@code ж} → {@code zh}), a {@code -}
 * becoming a space; every character but ASCII letters, digits, white space and
 * {@code $*_+~.()'"!-:@} removed; trimmed; runs of white space made one {@code -}; lower case.
 * The table is slugify's own, generated into {@code slugify-charmap.tsv} by
 * {@code qa-model/src/test/node/slugify-charmap.mjs}; {@code ContentPathsOracleTest} compares the
 * whole route rule with Nuxt Content's over generated names.
 */
public final class Slugify {
    /**
     * The ASCII characters slugify's table maps ({@code $} → {@code dollar}): text without them
     * and without other characters is slugified without loading the table, which {@link #load()}
     * checks against this list.
     */
    private static final String MAPPED_ASCII = "$%&<>|";
    /** The characters slugify keeps besides letters, digits and white space. */
    private static final String KEPT = "$*_+~.()'\"!-:@";

    private Slugify() {
    }

    /**
     * Slugifies a text as {@code slugify(text, {lower: true})} does.
     *
     * @param text the text
     * @return the slug, possibly empty
     */
    public static String slugify(String text) {
        // ASCII text is its own NFC form; the test spares most runs loading the JDK's Unicode tables
        String nfc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String mapped = c >= 0x80 || MAPPED_ASCII.indexOf(c) >= 0 ? Table.MAP.get(c) : null;
            if (mapped == null) {
                mapped = String.valueOf(c);
            }
            if (mapped.equals("-")) {
                mapped = " ";
            }
            for (int j = 0; j < mapped.length(); j++) {
                char m = mapped.charAt(j);
                if (isKept(m)) {
                    sb.append(m);
                }
            }
        }
        int start = 0;
        int end = sb.length();
        while (start < end && isJsSpace(sb.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(sb.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = sb.charAt(i);
            if (isJsSpace(c)) {
                if (!inSpace) {
                    out.append('-');
                }
                inSpace = true;
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || isJsSpace(c) || KEPT.indexOf(c) >= 0;
    }

    /**
     * Whether a character is white space to JavaScript ({@code \s}, {@code trim()}): its white
     * space and line terminators.
     *
     * @param c the character
     * @return true if it is
     */
    public static boolean isJsSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** Slugify's table, loaded when a text first needs it. */
    private static final class Table {
        static final Map<Character, String> MAP = load();
    }

    private static Map<Character, String> load() {
        Map<Character, String> map = new HashMap<>();
        try (InputStream in = Slugify.class.getResourceAsStream("slugify-charmap.tsv")) {
            if (in == null) {
                throw new IllegalStateException("slugify-charmap.tsv is missing from the qa-model jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                map.put((char) Integer.parseInt(line.substring(0, tab), 16), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder ascii = new StringBuilder();
        map.keySet().stream().filter(c -> c < 0x80).sorted().forEach(ascii::append);
        if (!ascii.toString().equals(MAPPED_ASCII)) {
            throw new IllegalStateException("slugify-charmap.tsv maps the ASCII characters '" + ascii + "', Slugify expects '" + MAPPED_ASCII + "'");
        }
        return Map.copyOf(map);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
