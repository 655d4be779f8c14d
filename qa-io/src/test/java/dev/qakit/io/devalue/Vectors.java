package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** The devalue conformance vectors copied into the test resources. */
final class Vectors {
    static final List<String> VERSIONS = List.of("4.3.3", "5.1.1", "5.6.4", "5.9.4", "6.0.3");

    private Vectors() {
    }

    static Path root() {
        try {
            return Path.of(Vectors.class.getResource("/devalue/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String folder) {
        try (Stream<Path> s = Files.list(root().resolve(folder))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(files).as("vectors in %s", folder).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every valid vector of every version, named version/case. */
    static Stream<Arguments> valid() {
        List<Arguments> all = VERSIONS.stream().flatMap(v -> files(v).stream())
                .map(p -> Arguments.of(Named.of(p.getParent().getFileName() + "/" + p.getFileName(), JsonTree.readObject(p))))
                .toList();
        assertThat(all).hasSize(116 + 130 + 135 + 140 + 141);
        return all.stream();
    }

    static Stream<Arguments> folder(String folder, int expectedCount) {
        List<Path> files = files(folder);
        assertThat(files).hasSize(expectedCount);
        return files.stream().map(p -> Arguments.of(Named.of(p.getFileName().toString(), JsonTree.readObject(p))));
    }

    /** The codec the vectors were made with: keep-the-tag revivers for Nuxt's tags and Custom_Thing. */
    static DevalueCodec codec(String version) {
        boolean legacy = version.compareTo("5.7") < 0;
        return DevalueCodec.builder()
                .tags(NuxtTags.all())
                .tag(TagHandler.keep("Custom_Thing"))
                .dialect(legacy ? WireDialect.LEGACY : WireDialect.CURRENT)
                .build();
    }

    static String payload(Map<String, Object> vector) {
        return (String) vector.get("payload");
    }
}
