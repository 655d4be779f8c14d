package dev.qakit.render;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.PageData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real pages for tests: the seed and the corpus payloads, read with the real
 * {@link NuxtPayloadReader}. Hand-built pages come from {@link TestPages}.
 */
public final class CorpusPages {
    private static final NuxtPayloadReader READER = NuxtPayloadReader.builder().build();

    private CorpusPages() {
    }

    /** The seed page, FastAPI "Async Basics". */
    public static PageData seed() {
        return fromPayload(TestPages.resource("/seed/async-basics._payload.json"), "seed/async-basics._payload.json");
    }

    /** Every question page of the corpus (14 payloads), sorted by file. */
    public static List<PageData> corpus() {
        try {
            Path root = Path.of(CorpusPages.class.getResource("/payloads").toURI());
            List<PageData> pages = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("_payload.json")).sorted().toList()) {
                    pages.add(fromPayload(Files.readString(f), root.relativize(f).toString()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageData fromPayload(String text, String source) {
        ReadResult<NuxtPayload> result = READER.readPayload(text, source);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(source + ": " + result.problems());
        }
        List<PageData> pages = result.value().orElseThrow().pages();
        if (pages.size() != 1) {
            throw new IllegalStateException(source + ": expected one question page, got " + pages.size());
        }
        return pages.get(0);
    }
}
