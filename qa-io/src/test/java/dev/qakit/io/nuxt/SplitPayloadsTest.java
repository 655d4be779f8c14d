package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitPayloadsTest {
    @TempDir
    Path site;

    private Path page(String route) throws IOException {
        Path dir = site.resolve(route);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("_payload.json"), "[{}]");
        return Files.writeString(dir.resolve("index.html"), "<html></html>");
    }

    @Test
    void dropsTheQueryAndResolvesAgainstTheSiteRoot() throws IOException {
        Path html = page("fastapi/async");
        Path expected = site.resolve("fastapi/async/_payload.json").toAbsolutePath().normalize();
        assertThat(SplitPayloads.resolve(html, site, "/fastapi/async/_payload.json?_b=123")).isEqualTo(expected);
        assertThat(SplitPayloads.resolve(html, null, "/fastapi/async/_payload.json?123")).isEqualTo(expected);
    }

    @Test
    void dropsTheBaseUrl() throws IOException {
        Path html = page("go");
        Path expected = site.resolve("go/_payload.json").toAbsolutePath().normalize();
        assertThat(SplitPayloads.resolve(html, site, "/docs/v2/go/_payload.json?_b=1")).isEqualTo(expected);
        assertThat(SplitPayloads.resolve(html, null, "https://cdn.example.com/docs/go/_payload.json")).isEqualTo(expected);
    }

    @Test
    void theRootRoute() throws IOException {
        Path html = Files.writeString(site.resolve("index.html"), "<html></html>");
        Files.writeString(site.resolve("_payload.json"), "[{}]");
        assertThat(SplitPayloads.resolve(html, null, "/_payload.json?_b=1")).isEqualTo(site.resolve("_payload.json").toAbsolutePath().normalize());
    }

    @Test
    void neverLeavesTheSite() throws IOException {
        Path html = page("a");
        assertThat(SplitPayloads.resolve(html, site, "/../secret/_payload.json")).isNull();
        assertThat(SplitPayloads.resolve(html, site, "?q=1")).isNull();
    }
}
