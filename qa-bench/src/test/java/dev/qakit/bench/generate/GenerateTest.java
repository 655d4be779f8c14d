package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {
    @Test
    void writesInputsTreesAndStampsThem(@TempDir Path out) throws IOException {
        Generate.main(new String[] {out.toString(), "--seed", "5", "--trees", "1200"});
        assertThat(out.resolve("seed._payload.json")).isRegularFile();
        try (Stream<Path> corpus = Files.list(out.resolve("corpus"))) {
            assertThat(corpus.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "django-orm-relationships._payload.json", "fastapi-fundamentals-openapi-docs._payload.json",
                    "go-concurrency-channels._payload.json", "react-rendering-reconciliation._payload.json",
                    "spring-boot-core-auto-configuration._payload.json");
        }
        assertThat(Files.size(out.resolve("payload-1mb.plain.json"))).isBetween(900_000L, 1_100_000L);
        assertThat(Files.size(out.resolve("payload-10mb.plain.json"))).isBetween(9_000_000L, 11_000_000L);
        assertThat(Files.size(out.resolve("payload-1mb.qakit._payload.json"))).isBetween(950_000L, 1_050_000L);
        // slots numbered depth-first, as devalue.stringify numbers them: prerenderedAt comes last
        String payload = Files.readString(out.resolve("payload-1mb.qakit._payload.json"));
        assertThat(payload).startsWith("[{\"data\":1,\"prerenderedAt\":").contains("[\"ShallowReactive\",2]").endsWith(",1782244112510]");
        try (Stream<Path> files = Files.walk(out.resolve("tree-1200/content"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(1200);
        }
        List<String> defects = Files.readAllLines(out.resolve("tree-1200/defects.txt"));
        assertThat(defects).hasSize(2).allMatch(line -> line.matches("[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+\\.md [a-z_]+"));
        assertThat(defects.get(0)).endsWith(" blank_answer");
        assertThat(out.resolve("tree-1200.stamp")).hasContent("seed=5 format=" + Generate.FORMAT);
    }

    @Test
    void keepsOutputsOfTheSameSeed(@TempDir Path out) throws IOException {
        Generate.main(new String[] {out.toString(), "--seed", "5", "--trees", "10"});
        Path marker = out.resolve("tree-10/content/marker.txt");
        Files.writeString(marker, "kept");
        Generate.main(new String[] {out.toString(), "--seed", "5", "--trees", "10"});
        assertThat(marker).hasContent("kept");
    }
}
