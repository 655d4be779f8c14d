package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qa validate --cache} and {@code --watch} through the command line, on a copy of the broken examples. */
class AuthorLoopTest {
    private static final Path BROKEN = RepoFiles.resolve("examples-broken");

    @Test
    void aCachedRunPrintsTheReportOfAnUncachedOne(@TempDir Path dir) throws IOException {
        Path tree = RepoFiles.copyTree(BROKEN, dir.resolve("site"));
        Path cache = dir.resolve("cache");
        for (String format : new String[] {"text", "json", "sarif"}) {
            CliRun plain = CliRun.run("validate", "--format", format, tree.toString());
            CliRun cold = CliRun.run("validate", "--cache-location", cache.toString(), "--format", format, tree.toString());
            CliRun warm = CliRun.run("validate", "--cache-location", cache.toString(), "--format", format, tree.toString());
            assertThat(plain.exitCode()).isEqualTo(1);
            assertThat(cold).isEqualTo(plain);
            assertThat(warm).isEqualTo(plain);
        }
        assertThat(Files.readString(cache.resolve(".gitignore"))).endsWith("*\n");

        // a fixed question id: the warm run re-reads that file and reports one error less
        Path page = tree.resolve("content/fastapi/fundamentals/openapi-docs.md");
        String text = Files.readString(page);
        int second = text.indexOf("id: hide-endpoint", text.indexOf("id: hide-endpoint") + 1);
        Files.writeString(page, text.substring(0, second) + "id: hide-endpoint-again" + text.substring(second + "id: hide-endpoint".length()));
        CliRun edited = CliRun.run("validate", "--cache-location", cache.toString(), tree.toString());
        assertThat(edited).isEqualTo(CliRun.run("validate", tree.toString()));
        assertThat(edited.out()).doesNotContain("openapi-docs.md:49:9").contains("2 errors, 3 warnings");
    }

    @Test
    void theDefaultCacheIsInTheWorkingFolderAndALocationMustBeAFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        CliRun bad = CliRun.run("validate", "--cache-location", file.toString(), BROKEN.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--cache-location: the cache location " + file + " is a file, not a folder");
        assertThat(CliRun.run("validate", "--cache", "--help").out().replaceAll("\\s+", " ")).contains(".qa-cache in the current folder");
    }

    @Test
    void aDamagedCacheIsSaidAndRebuiltAndABadLocationIsReportedBeforeAnEmptyInput(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        CliRun.run("validate", "--cache-location", cache.toString(), BROKEN.toString());
        Path results = cache.resolve("validate-results.bin");
        byte[] bytes = Files.readAllBytes(results);
        bytes[bytes.length / 2] ^= 1;
        Files.write(results, bytes);
        CliRun damaged = CliRun.run("validate", "--cache-location", cache.toString(), BROKEN.toString());
        assertThat(damaged.err()).contains("could not be read").contains("it will be rebuilt");
        assertThat(damaged.out()).isEqualTo(CliRun.run("validate", BROKEN.toString()).out());
        CliRun again = CliRun.run("validate", "--cache-location", cache.toString(), BROKEN.toString());
        assertThat(again.err()).doesNotContain("could not be read");

        // the cache is opened while the inputs are planned; its error still comes before the plan's, as when it was opened first
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CliRun.run("validate", empty.toString()).err()).contains("holds nothing qa reads");
        CliRun both = CliRun.run("validate", "--cache-location", file.toString(), empty.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("is a file, not a folder").doesNotContain("holds nothing");
    }

    @Test
    void watchTakesNoFormat() {
        CliRun r = CliRun.run("validate", "--watch", "--format", "json", BROKEN.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--watch prints text to the terminal");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void watchPrintsTheReportThenOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Path tree = RepoFiles.copyTree(BROKEN, dir.resolve("site"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine("validate");
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int[] code = {-1};
        Thread loop = new Thread(() -> code[0] = cl.execute("validate", "--watch", tree.toString()));
        loop.start();
        try {
            await(err, s -> s.contains("for changes; stop with Ctrl+C"));
            String first = out.toString();
            assertThat(first).isEqualTo(CliRun.run("validate", tree.toString()).out());

            // fix one error and add a warning in another file
            Path page = tree.resolve("content/fastapi/fundamentals/openapi-docs.md");
            String text = Files.readString(page);
            int second = text.indexOf("id: hide-endpoint", text.indexOf("id: hide-endpoint") + 1);
            Files.writeString(page, text.substring(0, second) + "id: hide-endpoint-again" + text.substring(second + "id: hide-endpoint".length()));
            await(out, s -> s.length() > first.length() && s.substring(first.length()).contains("fixed: "));
            String change = out.toString().substring(first.length());
            assertThat(change.lines().toList()).hasSize(2);
            assertThat(change).contains("openapi-docs.md changed: 0 new, 1 fixed; 2 errors, 3 warnings in 2 of 3 files")
                    .contains("fixed: ").contains("openapi-docs.md:49:9: error: question id 'hide-endpoint' is already used");

            // an editor's swap file checks nothing; a new page is checked with the rest
            Files.writeString(tree.resolve("content/fastapi/fundamentals/.openapi-docs.md.swp"), "x");
            String before = out.toString();
            Files.writeString(tree.resolve("content/fastapi/fundamentals/extra.md"), "---\ntitle: Extra\n---\n\nText.\n");
            await(out, s -> s.length() > before.length() && s.substring(before.length()).contains("extra.md changed"));
            String added = out.toString().substring(before.length());
            assertThat(added).startsWith("[").contains("/content/fastapi/fundamentals/extra.md changed: 0 new, 0 fixed; ")
                    .doesNotContain(".swp").contains("2 errors, 3 warnings in 2 of 4 files");
        } finally {
            loop.interrupt();
            loop.join(10_000);
        }
        assertThat(loop.isAlive()).isFalse();
        assertThat(code[0]).isZero();
    }

    private static void await(StringWriter w, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.test(w.toString())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen in 30 s; output so far:\n" + w);
            }
            Thread.sleep(20);
        }
    }
}
