package dev.qakit.io.devalue;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes one payload from every input form the codec takes (String, byte[], InputStream,
 * Reader, Path) and describes each outcome the same way: the canonical JSON of the value, or
 * the problems without their source label (a file's label is its path).
 */
final class InputForms {
    private InputForms() {
    }

    /**
     * The outcome of each form, keyed by form name. A payload that is not well-formed UTF-16
     * (a raw lone surrogate, as devalue before 6.0 wrote) has no UTF-8 form: only String and
     * Reader are tried.
     */
    static Map<String, String> outcomes(DevalueCodec codec, String payload, Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            out.put("String", describe(codec, codec.read(payload, "p")));
            out.put("Reader", describe(codec, codec.read(new StringReader(payload), "p")));
            if (isWellFormed(payload)) {
                byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
                out.put("byte[]", describe(codec, codec.read(bytes, "p")));
                out.put("InputStream", describe(codec, codec.read(new ByteArrayInputStream(bytes), "p")));
                Path file = Files.write(dir.resolve("payload.json"), bytes);
                out.put("Path", describe(codec, codec.read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String describe(DevalueCodec codec, ReadResult<Object> r) {
        if (r.value().isPresent()) {
            return codec.canonicalJson().write(r.value().get());
        }
        StringBuilder sb = new StringBuilder();
        for (Problem p : r.problems()) {
            sb.append(p.ruleId()).append(' ').append(p.location().line()).append(':').append(p.location().column())
                    .append(' ').append(p.location().pointer()).append(' ').append(p.message()).append('\n');
        }
        return sb.toString();
    }

    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The payloads of every conformance vector, valid and invalid, with the codec each was made for. */
    static List<Map.Entry<String, Map<String, Object>>> allVectors() {
        List<Map.Entry<String, Map<String, Object>>> all = new java.util.ArrayList<>();
        for (String version : Vectors.VERSIONS) {
            for (Path p : Vectors.files(version)) {
                all.add(Map.entry(version + "/" + p.getFileName(), JsonTree.readObject(p)));
            }
        }
        for (Path p : Vectors.files("invalid")) {
            all.add(Map.entry("invalid/" + p.getFileName(), JsonTree.readObject(p)));
        }
        return all;
    }
}
