package dev.qakit.io.markdown;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        Path root = Path.of("src/test/resources/markdown/corpus");
        MarkdownReader r = MarkdownReader.builder().collection("qa").build();
        MarkdownWriter w = MarkdownWriter.standard();
        try (var s = r.readTree(root)) {
            s.forEach(res -> {
                var v = res.value().orElseThrow();
                String md = w.write(v);
                var back = r.read(md, v.page().id().substring(3));
                if (!back.problems().isEmpty()) System.out.println("PROBLEMS " + back.problems());
                var b = back.value().orElseThrow();
                System.out.println("== " + v.page().stem() + " equal=" + b.equals(v));
                if (!b.equals(v)) {
                    var g = PayloadShape.of(b); var want = PayloadShape.of(v);
                    for (String k : want.keySet()) if (!String.valueOf(want.get(k)).equals(String.valueOf(g.get(k)))) {
                        @SuppressWarnings("unchecked") var wp = (java.util.Map<String,Object>) want.get(k);
                        @SuppressWarnings("unchecked") var gp = (java.util.Map<String,Object>) g.get(k);
                        if (wp == null) { System.out.println(k); continue; }
                        for (String kk : wp.keySet()) if (!String.valueOf(wp.get(kk)).equals(String.valueOf(gp.get(kk))))
                            System.out.println("  " + kk + "\n   want " + ScratchTest.trunc(wp.get(kk)) + "\n   got  " + trunc(gp.get(kk)));
                    }
                }
                if (v.page().stem().contains("reconc") || v.page().stem().contains("class-based")) System.out.println(md);
            });
        }
    }
    static String trunc(Object o) { String s = String.valueOf(o); return s.length() > 1500 ? s.substring(0, 1500) : s; }
}
