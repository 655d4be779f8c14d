package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.internal.Fnv1a;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Fingerprints of the problems of one report, the same for SARIF and GitLab: a 64-bit FNV-1a
 * hash, as 16 hex digits, of the rule id, the file, the pointer, the message with the places it
 * names cut down to their file (so that a line moving in the other file does not change it), and
 * the occurrence of that key in the report. No line or column goes in, so that a problem keeps
 * its fingerprint when unrelated lines move. Not thread-safe: one instance per report.
 */
public final class Fingerprints {
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** Fingerprints for a new report. */
    public Fingerprints() {
    }

    /**
     * The fingerprint of the next problem of the report, in report order.
     *
     * @param p the problem
     * @return 16 lowercase hex digits
     */
    public String next(Problem p) {
        String key = p.ruleId() + '\u0000' + p.location().source() + '\u0000' + p.location().pointer() + '\u0000'
                + withoutPositions(p);
        int n = occurrences.merge(key, 1, Integer::sum);
        return hash(key + '\u0000' + n);
    }

    /** The message with each related place it names written as its file alone. */
    static String withoutPositions(Problem p) {
        String message = p.message();
        for (SourceLocation r : p.related()) {
            message = message.replace(r.toString(), r.source());
        }
        return message;
    }

    private static String hash(String key) {
        long h = Fnv1a.OFFSET;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = Fnv1a.add(h, b & 0xff);
        }
        return String.format("%016x", h);
    }
}
