package dev.qakit.io.internal.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code :shortcode:} → emoji in text, as {@code remark-emoji} does for Nuxt Content. The table
 * ({@code emoji.txt}) holds the common GitHub shortcodes; an unknown shortcode stays as written,
 * as remark-emoji leaves it.
 */
final class Emoji {
    private static final Pattern SHORTCODE = Pattern.compile(":\\+1:|:-1:|:[\\w-]+:");
    private static final Map<String, String> TABLE = load();

    private Emoji() {
    }

    static String replace(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String name = m.group();
            String emoji = TABLE.get(name.substring(1, name.length() - 1));
            if (emoji == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, last, m.start()).append(emoji);
            last = m.end();
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Emoji.class.getResourceAsStream("emoji.txt")) {
            if (in == null) {
                throw new IllegalStateException("emoji.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sp = line.indexOf(' ');
                if (sp > 0 && !line.startsWith("#")) {
                    String emoji = line.substring(0, sp);
                    for (String name : line.substring(sp + 1).trim().split("\\s+")) {
                        map.put(name, emoji);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
