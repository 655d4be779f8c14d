package dev.qakit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a text whose lines correspond one to one, as they do after
 * {@code qa fix} (it only rewrites values within their lines); three lines of context. A line
 * keeps its carriage return, so that the diff applies to a file with CRLF line endings.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff.
     *
     * @param name the file's name, for the {@code ---}/{@code +++} lines
     * @param before the old text
     * @param after the new text
     * @return the diff, empty when the texts are the same
     */
    static String of(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        StringBuilder out = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
        if (a.size() != b.size()) {
            hunk(out, a, b, 0, a.size(), 0, b.size());
            return out.toString();
        }
        int i = 0;
        while (i < a.size()) {
            if (a.get(i).equals(b.get(i))) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within two contexts
            int last = i;
            for (int j = i; j < a.size() && j <= last + 2 * CONTEXT; j++) {
                if (!a.get(j).equals(b.get(j))) {
                    last = j;
                }
            }
            end = Math.min(a.size(), last + 1 + CONTEXT);
            hunk(out, a, b, start, end, start, end);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, int aFrom, int aTo, int bFrom, int bTo) {
        out.append("@@ -").append(range(aFrom, aTo)).append(" +").append(range(bFrom, bTo)).append(" @@\n");
        if (aTo - aFrom != bTo - bFrom || aFrom != bFrom) {
            for (int i = aFrom; i < aTo; i++) {
                out.append('-').append(a.get(i)).append('\n');
            }
            for (int i = bFrom; i < bTo; i++) {
                out.append('+').append(b.get(i)).append('\n');
            }
            return;
        }
        for (int i = aFrom; i < aTo; i++) {
            if (a.get(i).equals(b.get(i))) {
                out.append(' ').append(a.get(i)).append('\n');
            } else {
                out.append('-').append(a.get(i)).append('\n');
                out.append('+').append(b.get(i)).append('\n');
            }
        }
    }

    private static String range(int from, int to) {
        int count = to - from;
        return (count == 0 ? from : from + 1) + (count == 1 ? "" : "," + count);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', at)) {
            out.add(text.substring(at, i));
            at = i + 1;
        }
        if (at < text.length()) {
            out.add(text.substring(at));
        }
        return out;
    }
}
