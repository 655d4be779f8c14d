package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Split payloads on hostile input: a page whose {@code __NUXT_DATA__} names its
 * {@code _payload.json} with {@code data-src}, both halves from files on disk, merged at the
 * root. An input is the two halves joined by {@link #SEPARATOR} (the HTML page, then the
 * payload file); without the separator it is the payload file beside a fixed page. The payload
 * file is also read on its own, as bytes from disk.
 */
class PayloadMergeFuzzTest {
    static final byte[] SEPARATOR = "\n\u0000--payload--\u0000\n".getBytes(StandardCharsets.UTF_8);
    private static final String PAGE = "<!DOCTYPE html><html><body><div id=\"__nuxt\"></div><script type=\"application/json\""
            + " data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\" data-src=\"/fuzz/page/_payload.json?abc\">"
            + "[{\"state\":1,\"once\":2,\"_errors\":3,\"serverRendered\":4,\"path\":5,\"prerenderedAt\":6},[\"Reactive\",7],"
            + "[\"Set\"],[\"ShallowReactive\",7],true,\"/fuzz/page\",1700000000000,{}]</script></body></html>";
    private static Path site;
    private static Path html;
    private static Path payload;

    @BeforeAll
    static void site() throws IOException {
        // Each input writes two files and reads them back: a memory file system, where there is one, keeps that quick.
        Path shm = Path.of("/dev/shm");
        site = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "qakit-merge-fuzz-")
                : Files.createTempDirectory("qakit-merge-fuzz-");
        Files.createDirectories(site.resolve("fuzz/page"));
        html = site.resolve("fuzz/page/index.html");
        payload = site.resolve("fuzz/page/_payload.json");
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void target(byte[] input) throws IOException {
        int cut = indexOf(input, SEPARATOR);
        byte[] page = cut < 0 ? PAGE.getBytes(StandardCharsets.UTF_8) : Arrays.copyOf(input, cut);
        byte[] data = cut < 0 ? input : Arrays.copyOfRange(input, cut + SEPARATOR.length, input.length);
        Files.write(html, page);
        Files.write(payload, data);
        NuxtPayloadReader reader = NuxtHtmlFuzzTest.READER;
        NuxtHtmlFuzzTest.exercise(check(reader.readHtml(html, site)));
        if (input.length % 4 == 0) {
            // The site root inferred from the page's own location.
            NuxtHtmlFuzzTest.exercise(check(reader.read(html)));
        }
        NuxtHtmlFuzzTest.exercise(check(reader.read(payload)));
    }

    private static <T> dev.qakit.io.ReadResult<T> check(dev.qakit.io.ReadResult<T> r) {
        Fuzz.checkContract(r);
        return r;
    }

    /** The corpus's split pages: each page joined to its own payload file. */
    static List<byte[]> pairs() {
        Path root = Seeds.dir("nuxt/generated");
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().equals("index.html")).sorted().toList()) {
                Path json = p.resolveSibling("_payload.json");
                if (Files.isRegularFile(json)) {
                    out.add(join(Files.readAllBytes(p), Files.readAllBytes(json)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static byte[] join(byte[] page, byte[] data) {
        byte[] b = Arrays.copyOf(page, page.length + SEPARATOR.length + data.length);
        System.arraycopy(SEPARATOR, 0, b, page.length, SEPARATOR.length);
        System.arraycopy(data, 0, b, page.length + SEPARATOR.length, data.length);
        return b;
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void corpusMutations() {
        List<byte[]> seeds = pairs();
        assertThat(seeds).hasSizeGreaterThan(5);
        // Mutating a whole pair mostly hits the big page; mutate one half at a time instead.
        Mutator pages = new Mutator(Seeds.files("nuxt/generated", "index.html"), Generators.HTML_TOKENS, Fuzz.seed(), 6144);
        Mutator payloads = new Mutator(Seeds.files("nuxt/generated", "_payload.json"), Generators.DEVALUE_TOKENS, Fuzz.seed() + 1, 4096);
        Mutator both = new Mutator(seeds, Generators.HTML_TOKENS, Fuzz.seed() + 2, 8192);
        assertThat(Fuzz.run("merge-mutations", Fuzz.inputs() / 2, i -> switch (i % 3) {
            case 0 -> join(PAGE.getBytes(StandardCharsets.UTF_8), payloads.input(i));
            case 1 -> join(pages.input(i), seeds.get(i % seeds.size()).length > 0 ? payloads.input(i + 1) : new byte[0]);
            default -> both.input(i);
        }, PayloadMergeFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    @Test
    void generatedHalves() {
        Arbitrary<String> dataSrc = Arbitraries.of("/fuzz/page/_payload.json", "/base/fuzz/page/_payload.json?x", "_payload.json",
                "https://cdn.test/fuzz/page/_payload.json", "../../../etc/passwd", "/", "", "?", "/fuzz/page/missing.json", "//x");
        Arbitrary<String> pairs = Combinators.combine(dataSrc, Generators.devaluePayload(), Generators.devaluePayload())
                .as((src, a, b) -> "<script type=\"application/json\" id=\"__NUXT_DATA__\" data-src=\"" + src + "\">" + a
                        + "</script>" + new String(SEPARATOR, StandardCharsets.UTF_8) + b);
        Iterator<String> it = Seeds.samples(pairs, Fuzz.seed());
        assertThat(Fuzz.run("merge-generated", Fuzz.inputs() / 2, i -> it.next().getBytes(StandardCharsets.UTF_8),
                PayloadMergeFuzzTest::target)).isEqualTo(Fuzz.inputs() / 2);
    }

    static Stream<String> regressions() {
        return Regressions.names(PayloadMergeFuzzTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void regression(String name) throws Exception {
        target(Regressions.bytes(PayloadMergeFuzzTest.class, name));
    }

    /** Coverage-guided: replays the same inputs in every build; fuzzes with {@code JAZZER_FUZZ=1}. */
    @FuzzTest(maxDuration = "10m")
    void jazzer(byte[] input) throws IOException {
        target(input);
    }
}
