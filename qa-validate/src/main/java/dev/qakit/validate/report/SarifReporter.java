package dev.qakit.validate.report;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.RuleInfo;
import dev.qakit.validate.Rules;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.internal.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose driver lists every rule (with its description and default level),
 * and one result per problem, located by a relative URI and a 1-based region. Columns are
 * declared as UTF-16 code units ({@code columnKind}). A problem that names another place lists
 * it in {@code relatedLocations}. Each result carries a {@code partialFingerprints} entry
 * computed from the rule, the file, the pointer and the message, not the line (see
 * {@link Fingerprints}), so that it stays stable when unrelated lines move.
 */
final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT = "qakitProblem/v2";

    @Override
    public void write(ValidationResult result, Appendable out) throws IOException {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleInfo r : Rules.all()) {
            rules.put(r.id(), r);
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, RuleInfo> extra = new LinkedHashMap<>();
        for (Problem p : result.problems()) {
            if (!rules.containsKey(p.ruleId())) {
                extra.putIfAbsent(p.ruleId(), new RuleInfo(p.ruleId(), p.severity(), RuleInfo.Kind.READ, RuleInfo.Source.VALIDATOR,
                        "reported while reading content (" + p.ruleId() + ")", "not in the rule catalogue"));
            }
        }
        rules.putAll(extra);
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("$schema", SCHEMA);
        w.member("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.member("name", "qakit");
        String version = SarifReporter.class.getPackage().getImplementationVersion();
        if (version != null) {
            w.member("version", version);
        }
        w.name("rules").beginArray();
        int i = 0;
        for (RuleInfo r : rules.values()) {
            index.put(r.id(), i++);
            w.beginObject()
                    .member("id", r.id())
                    .name("shortDescription").beginObject().member("text", r.description()).endObject()
                    .name("defaultConfiguration").beginObject().member("level", level(r.defaultSeverity())).endObject()
                    .endObject();
        }
        w.endArray().endObject().endObject();
        w.member("columnKind", "utf16CodeUnits");
        w.name("results").beginArray();
        Fingerprints fingerprints = new Fingerprints();
        for (Problem p : result.problems()) {
            w.beginObject()
                    .member("ruleId", p.ruleId())
                    .member("ruleIndex", index.get(p.ruleId()))
                    .member("level", level(p.severity()))
                    .name("message").beginObject().member("text", p.message()).endObject();
            w.name("locations").beginArray().beginObject();
            physicalLocation(w, p.location());
            w.endObject().endArray();
            if (!p.related().isEmpty()) {
                w.name("relatedLocations").beginArray();
                int id = 0;
                for (SourceLocation r : p.related()) {
                    w.beginObject().member("id", id++);
                    physicalLocation(w, r);
                    w.endObject();
                }
                w.endArray();
            }
            w.name("partialFingerprints").beginObject().member(FINGERPRINT, fingerprints.next(p)).endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject().endArray();
        w.endObject();
        w.finish();
    }

    private static void physicalLocation(JsonWriter w, SourceLocation at) throws IOException {
        w.name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().member("uri", uri(at.source())).endObject();
        if (at.hasPosition()) {
            w.name("region").beginObject().member("startLine", at.line());
            if (at.column() > 0) {
                w.member("startColumn", at.column());
            }
            w.endObject();
        }
        w.endObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a path: unreserved characters and {@code /} stay, the rest is percent-encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
