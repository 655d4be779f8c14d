package dev.qakit.render.site;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium for tests. {@link #find()} runs the test resource
 * {@code browser/ensure-chromium.sh} (which installs the {@code chromium} package when it is
 * missing and it can) and skips the calling test, with the script's reason, when no browser can
 * be had. The script is read from the class path, so that qa-render-it's browser tests find it too.
 */
final class Chromium {
    private static final String SCRIPT = "/browser/ensure-chromium.sh";
    private static final long TIMEOUT_SECONDS = 90;

    private final String binary;

    private Chromium(String binary) {
        this.binary = binary;
    }

    static Chromium find() throws IOException, InterruptedException {
        Path script = Path.of("target", "ensure-chromium.sh");
        try (InputStream in = Chromium.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + SCRIPT);
            }
            Files.createDirectories(script.getParent());
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(false).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(done && p.exitValue() == 0 && !out.isEmpty(),
                () -> "browser test skipped: no Chromium available: " + (done ? err : "installing chromium took too long"));
        String[] lines = out.split("\n");
        return new Chromium(lines[lines.length - 1].strip());
    }

    /** The DOM after loading a file, scripts and timers run for up to two seconds of virtual time. */
    String dumpDom(Path file) throws IOException, InterruptedException {
        return run(file, List.of("--dump-dom", "--virtual-time-budget=2000", "--window-size=1280,2000"));
    }

    /** The DOM after loading a file, scripts and timers run for up to {@code virtualMillis} of virtual time. */
    String dumpDom(Path file, int virtualMillis) throws IOException, InterruptedException {
        return run(file, List.of("--dump-dom", "--virtual-time-budget=" + virtualMillis, "--window-size=1280,2000",
                "--allow-file-access-from-files"));
    }

    /** Takes a screenshot of a file's page. */
    void screenshot(Path file, Path png, int width, int height, boolean dark) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"));
        if (dark) {
            args.add("--force-dark-mode");
            args.add("--blink-settings=preferredColorScheme=0");
        }
        run(file, args);
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private String run(Path file, List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("qakit-chromium-");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile));
            cmd.addAll(extra);
            cmd.add(file.toAbsolutePath().toUri().toString());
            Path stdout = profile.resolve("stdout.txt");
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(profile.resolve("stderr.txt").toFile())
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(profile.resolve("stderr.txt")));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(x);
                }
            } catch (IOException ignored) {
                // A profile left in /tmp is harmless.
            }
        }
    }
}
