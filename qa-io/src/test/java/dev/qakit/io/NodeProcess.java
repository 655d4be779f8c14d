package dev.qakit.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs node and npm for the tests that use the JavaScript tools as their oracle: one way to start
 * them, wait for them and read what they print. A test that needs node skips when
 * {@link #nodeRuns()} is false.
 */
public final class NodeProcess {
    private NodeProcess() {
    }

    /**
     * What a command printed and how it ended.
     *
     * @param code the exit code; -1 when it could not be started, timed out or was interrupted
     * @param output standard output (with standard error when asked for)
     */
    public record Result(int code, String output) {
        /**
         * Whether the command ended with exit code 0.
         *
         * @return true if it did
         */
        public boolean ok() {
            return code == 0;
        }
    }

    /**
     * Whether {@code node} runs on this machine.
     *
     * @return true if {@code node --version} succeeds
     */
    public static boolean nodeRuns() {
        return run(Path.of("."), true, "node", "--version").ok();
    }

    /**
     * Runs a command in a folder and waits up to ten minutes for it.
     *
     * @param dir the working folder
     * @param withStderr whether standard error is read with standard output (else it is dropped,
     *     for commands whose output is data)
     * @param command the command and its arguments
     * @return the result; never throws
     */
    public static Result run(Path dir, boolean withStderr, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (withStderr) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(-1, e.toString());
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, out + " (timed out)");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            p.destroyForcibly();
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Result(-1, "interrupted");
        }
    }
}
