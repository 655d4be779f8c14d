package dev.qakit.bench;

import dev.qakit.io.ReadResult;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.PageData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The page records of a benchmark input, read once during setup: payload inputs through the
 * Nuxt payload reader, the {@code tree} input through the Markdown reader.
 */
public final class Pages {
    private Pages() {
    }

    /** The read results (page data plus source map and problems) of every page of an input. */
    public static List<ReadResult<PageData>> reads(String input) {
        List<ReadResult<PageData>> reads = new ArrayList<>();
        if (input.equals("tree")) {
            MarkdownReader reader = MarkdownReader.standard();
            Path root = Inputs.contentRoot(Inputs.treePages());
            for (Path file : Inputs.treeSample()) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                reads.add(reader.read(new String(Inputs.read(file), StandardCharsets.UTF_8), relative));
            }
        } else {
            NuxtPayloadReader reader = NuxtPayloadReader.builder().build();
            for (Path file : Inputs.payloadFiles(input)) {
                ReadResult<NuxtPayload> payload = reader.readPayload(new String(Inputs.read(file), StandardCharsets.UTF_8),
                        file.getFileName().toString());
                NuxtPayload p = payload.value().orElseThrow(() -> new IllegalStateException(
                        "cannot read " + file + ": " + payload.problems()));
                for (PageData page : p.pages()) {
                    reads.add(ReadResult.of(page, payload.problems(), payload.sourceMap()));
                }
            }
        }
        if (reads.isEmpty()) {
            throw new IllegalStateException("input '" + input + "' has no question page");
        }
        return reads;
    }

    /** The page data of every page of an input. */
    public static List<PageData> pages(String input) {
        List<PageData> pages = new ArrayList<>();
        for (ReadResult<PageData> read : reads(input)) {
            pages.add(read.value().orElseThrow(() -> new IllegalStateException("unreadable page: " + read.problems())));
        }
        return pages;
    }
}
