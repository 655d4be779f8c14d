package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.json.PageJson;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.render.Renderer;
import dev.qakit.render.Renderers;
import dev.qakit.validate.ContentValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Readers, the validator and the renderers are immutable and shared: sixteen threads working
 * over the same inputs with one instance of each get exactly what one thread gets.
 */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 3;

    private final NuxtPayloadReader nuxt = NuxtPayloadReader.builder().build();
    private final MarkdownReader markdown = MarkdownReader.builder().collection("qa").build();
    private final ContentValidator validator = ContentValidator.builder().jobs(1).build();
    private final List<Renderer> renderers = Renderers.discover().all();
    private final PageJson json = PageJson.standard();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sixteenThreadsSharingEveryReaderValidatorAndRendererGetWhatOneThreadGets() throws Exception {
        List<Path> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(10);
        List<String> expected = new ArrayList<>();
        for (Path input : inputs) {
            expected.add(process(input));
        }
        assertThat(expected).allMatch(s -> s.contains("\"page\":"), "every input holds a question page");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        order.add(i);
                    }
                    String[] results = new String[inputs.size()];
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new Random(seed * 31 + round));
                        for (int i : order) {
                            String r = process(inputs.get(i));
                            if (results[i] != null && !results[i].equals(r)) {
                                return List.of("unstable within one thread: " + inputs.get(i));
                            }
                            results[i] = r;
                        }
                    }
                    return List.of(results);
                }));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything observable about one input: pages as JSON, every rendering, every problem. */
    private String process(Path input) {
        try {
            List<ReadResult<PageData>> reads = new ArrayList<>();
            List<Problem> readerProblems = new ArrayList<>();
            if (input.toString().endsWith(".md")) {
                reads.add(markdown.read(input));
            } else {
                ReadResult<NuxtPayload> r = nuxt.read(input);
                readerProblems.addAll(r.problems());
                for (PageData page : r.value().map(NuxtPayload::pages).orElse(List.of())) {
                    reads.add(ReadResult.of(page, List.of(), r.sourceMap()));
                }
            }
            StringBuilder sb = new StringBuilder();
            readerProblems.forEach(p -> sb.append(p.format()).append('\n'));
            for (ReadResult<PageData> read : reads) {
                read.problems().forEach(p -> sb.append(p.format()).append('\n'));
                PageData page = read.orThrow();
                sb.append(json.toJson(page)).append('\n');
                for (Renderer renderer : renderers) {
                    sb.append(renderer.name()).append(": ").append(renderer.render(page)).append('\n');
                }
            }
            validator.validate(reads.stream()).problems().forEach(p -> sb.append(p.format()).append('\n'));
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : List.of("site", "content")) {
            try (Stream<Path> files = Files.walk(CliRun.resource(root))) {
                all.addAll(files.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith("index.html")
                                || p.toString().endsWith("_payload.json"))
                        .filter(p -> !p.getParent().equals(CliRun.resource("site")))
                        .filter(p -> !p.toString().contains("extras"))
                        .sorted().collect(Collectors.toList()));
            }
        }
        // the same inputs twice, so that threads also race on identical work
        List<Path> doubled = new ArrayList<>(all);
        doubled.addAll(all);
        return doubled;
    }
}
