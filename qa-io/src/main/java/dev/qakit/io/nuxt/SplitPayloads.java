package dev.qakit.io.nuxt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps the {@code data-src} of a split payload to the {@code _payload.json} file it names. */
final class SplitPayloads {
    private SplitPayloads() {
    }

    /**
     * The file a {@code data-src} names. The query, fragment, scheme and host are dropped; the
     * path is resolved against the site root, dropping leading segments (the base URL) until a
     * file exists. Without a site root, the root is inferred from the page's own location: the
     * trailing directories the page and the {@code data-src} share are the route.
     *
     * @param html the HTML page
     * @param siteRoot the site root, or null to infer it
     * @param dataSrc the attribute
     * @return the file (which may not exist: then the one the name points at without a base URL),
     *     or null when the attribute names no file or leaves the site
     */
    static @Nullable Path resolve(Path html, @Nullable Path siteRoot, String dataSrc) {
        String p = dataSrc;
        int cut = indexOfAny(p, "?#");
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        int scheme = p.indexOf("//");
        if (scheme >= 0 && (scheme == 0 || p.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*:"))) {
            int slash = p.indexOf('/', scheme + 2);
            p = slash < 0 ? "" : p.substring(slash);
        }
        List<String> segments = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty() && !s.equals(".")) {
                segments.add(s);
            }
        }
        if (segments.isEmpty() || segments.contains("..")) {
            return null;
        }
        Path dir = html.toAbsolutePath().normalize().getParent();
        Path root = siteRoot != null ? siteRoot.toAbsolutePath().normalize() : inferRoot(dir, segments.subList(0, segments.size() - 1));
        for (int drop = 0; drop < segments.size(); drop++) {
            Path candidate = root.resolve(String.join("/", segments.subList(drop, segments.size()))).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path fallback = dir == null ? null : dir.resolve(segments.get(segments.size() - 1));
        return fallback;
    }

    private static Path inferRoot(@Nullable Path dir, List<String> dirSegments) {
        if (dir == null) {
            return Path.of("").toAbsolutePath();
        }
        Path root = dir;
        for (int i = dirSegments.size() - 1; i >= 0; i--) {
            Path name = root.getFileName();
            if (name == null || !name.toString().equals(dirSegments.get(i)) || root.getParent() == null) {
                break;
            }
            root = root.getParent();
        }
        return root;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
