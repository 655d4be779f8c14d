package dev.qakit.io.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.nuxt.TestJson;
import dev.qakit.io.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The routes of real {@code nuxt.config.ts} files (those of {@code testdata/realworld}, and one more
 * in {@code nuxt-config/}, provenance in the {@code SOURCES.md} beside each) and of one written to
 * trip a scanner are those Babel's syntax tree of the same file gives, recorded by
 * {@code src/test/node-nuxt-config/record-routes.mjs}: every route, and everything made by code at
 * its line and column.
 */
class NuxtConfigRoutesTest {
    private static final Map<?, ?> EXPECTED = expected();

    private static Map<?, ?> expected() {
        try {
            return (Map<?, ?>) TestJson.parse(Files.readString(TestJson.resource("nuxt-config/expected.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream().map(String::valueOf);
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsWhatBabelsSyntaxTreeGives(String file) throws IOException {
        NuxtConfigRoutes.Result r = NuxtConfigRoutes.read(RepoFiles.resolve(file));
        Map<?, ?> e = (Map<?, ?>) EXPECTED.get(file);
        List<String> unread = new ArrayList<>();
        for (Object o : (List<?>) e.get("unread")) {
            Map<?, ?> u = (Map<?, ?>) o;
            unread.add(num(u.get("line")) + ":" + num(u.get("column")) + " " + u.get("kind"));
        }
        assertThat(r.routes()).isEqualTo(e.get("routes"));
        assertThat(r.unread()).extracting(u -> u.line() + ":" + u.column() + " " + u.kind()).isEqualTo(unread);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /**
     * A configuration cut anywhere, or with characters changed, is still read without failing: an
     * unclosed string, template, comment, bracket or escape ends where the text ends.
     */
    @Test
    void anyTextIsReadWithoutFailing() throws IOException {
        java.util.Random random = new java.util.Random(14);
        String tricky = Files.readString(RepoFiles.resolve("qa-io/src/test/resources/nuxt-config/tricky.ts"));
        for (int cut = 0; cut <= tricky.length(); cut++) {
            NuxtConfigRoutes.read(tricky.substring(0, cut));
        }
        String alphabet = "{}[]()'\"`$\\/*:,.=\n\r\u2028ux0{";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder(tricky);
            for (int k = 0; k < 4; k++) {
                sb.setCharAt(random.nextInt(sb.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            NuxtConfigRoutes.read(sb.toString());
        }
        assertThat(NuxtConfigRoutes.read("export default { routeRules: { '\\u{zz}\\u{110000}': { redirect: '/' } } }").routes())
                .containsExactly("??");
    }

    @Test
    void theRecordCoversEveryKindOfFinding() {
        assertThat(files()).contains("qa-io/src/test/resources/nuxt-config/tricky.ts", "testdata/realworld/nuxt__ui/docs/nuxt.config.ts",
                "testdata/realworld/nuxt-hub__core/docs/nuxt.config.ts", "testdata/realworld/nuxt__content/docs/nuxt.config.ts");
        Map<String, Integer> kinds = new TreeMap<>();
        EXPECTED.values().forEach(f -> ((List<?>) ((Map<?, ?>) f).get("unread"))
                .forEach(u -> kinds.merge(String.valueOf(((Map<?, ?>) u).get("kind")), 1, Integer::sum)));
        assertThat(kinds).containsOnlyKeys("computed", "element", "spread", "value");
    }
}
