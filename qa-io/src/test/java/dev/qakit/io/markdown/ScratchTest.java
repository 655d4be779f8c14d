package dev.qakit.io.markdown;

import dev.qakit.io.ReadResult;
import dev.qakit.model.PageData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        Path root = Path.of("src/test/resources/markdown/corpus");
        MarkdownReader r = MarkdownReader.builder().collection("qa").build();
        try (var s = r.readTree(root)) {
            s.forEach(res -> {
                System.out.println("== " + res.sourceMap().locate("").source() + " " + res.problems());
                res.value().ifPresent(v -> {
                    Map<String, Object> got = PayloadShape.of(v);
                    Path exp = Path.of("src/test/resources/markdown/expected", v.page().stem() + ".json");
                    if (!Files.exists(exp)) { System.out.println("  (no payload)"); return; }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> want = (Map<String, Object>) PayloadShape.readJson(exp);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> wp = (Map<String, Object>) want.get("page");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> gp = (Map<String, Object>) got.get("page");
                    for (String k : wp.keySet()) {
                        if (k.equals("__hash__")) continue;
                        if (!String.valueOf(wp.get(k)).equals(String.valueOf(gp.get(k)))) {
                            System.out.println("  DIFF " + k + "\n    want " + trunc(wp.get(k)) + "\n    got  " + trunc(gp.get(k)));
                        }
                    }
                    if (!gp.keySet().equals(wp.keySet())) System.out.println("  KEYS " + gp.keySet());
                });
            });
        }
    }
    static String trunc(Object o) { String s = String.valueOf(o); return s.length() > 3000 ? s.substring(0, 3000) : s; }
}
