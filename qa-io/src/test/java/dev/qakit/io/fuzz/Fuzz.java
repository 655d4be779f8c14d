package dev.qakit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Runs a reader over many inputs on one worker thread, with a deadline per input. An input that
 * throws (anything: an exception, an assertion of the reader's contract, a StackOverflowError) or
 * runs past the deadline is written to {@code target/fuzz-findings/<reader>/} and fails the run
 * with a list of the distinct failures (by exception type and top frame).
 *
 * <p>Counts come from system properties so the {@code fuzz} profile can scale them:
 * {@code qakit.fuzz.inputs} (inputs per reader, half of them mutated corpus files and half
 * generated; default 10 000),
 * {@code qakit.fuzz.seed} (default: derived from the project version, see {@link #seed()}) and
 * {@code qakit.fuzz.inputMillis} (deadline per input, default 10 s: far above any real input's
 * time, so only a hang reaches it). Each run prints its seed, and a failure names the property
 * that reproduces it.
 */
public final class Fuzz {
    /** Rule ids are lowercase and dotted. */
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+");
    private static final int MAX_DISTINCT = 25;
    /** Results that carried a value, counted by {@link #checkContract(ReadResult)} on the worker threads. */
    private static final AtomicLong VALUES = new AtomicLong();

    /** What a reader does with one input; throws or fails an assertion when it breaks its contract. */
    @FunctionalInterface
    public interface Target {
        /**
         * Runs the reader.
         *
         * @param input the input
         * @throws Exception when the reader breaks its contract
         */
        void run(byte[] input) throws Exception;
    }

    private Fuzz() {
    }

    /** @return inputs per reader, over all its sources */
    public static int inputs() {
        return Integer.getInteger("qakit.fuzz.inputs", 10_000);
    }

    /**
     * The seed of the random sources: {@code qakit.fuzz.seed} when given, otherwise one derived
     * from {@code qakit.fuzz.version} (the build passes the project version). So each version
     * explores other inputs, while one commit's build is the same every time.
     *
     * @return the seed, 0 or more
     */
    public static long seed() {
        String given = System.getProperty("qakit.fuzz.seed", "").strip();
        if (!given.isEmpty()) {
            return Long.parseLong(given);
        }
        return seedOf(System.getProperty("qakit.fuzz.version", "unversioned"));
    }

    /**
     * The seed derived from a version: nine decimal digits of its SHA-256, easy to copy into
     * {@code -Dqakit.fuzz.seed}.
     *
     * @param version the project version
     * @return the seed
     */
    public static long seedOf(String version) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("qakit fuzz " + version).getBytes(StandardCharsets.UTF_8));
            long l = 0;
            for (int i = 0; i < 8; i++) {
                l = l << 8 | (h[i] & 0xff);
            }
            return Math.floorMod(l, 1_000_000_000L);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how a run's seed came about, for reports */
    static String seedOrigin() {
        String given = System.getProperty("qakit.fuzz.seed", "").strip();
        return given.isEmpty() ? "derived from version " + System.getProperty("qakit.fuzz.version", "unversioned") : "given";
    }

    /**
     * Asserts the readers' contract on a result: a value, or at least one error; every problem
     * well formed.
     *
     * @param r the result
     */
    public static void checkContract(ReadResult<?> r) {
        if (r.value().isPresent()) {
            VALUES.incrementAndGet();
        } else {
            assertThat(r.hasErrors()).as("a result without a value has an error: %s", r.problems()).isTrue();
        }
        for (Problem p : r.problems()) {
            assertThat(p.ruleId()).matches(RULE_ID);
            assertThat(p.message()).isNotBlank();
            assertThat(p.location()).isNotNull();
        }
        assertThat(r.sourceMap()).isNotNull();
    }

    /**
     * Runs {@code count} inputs through a target and fails if any breaks the contract or hangs.
     *
     * @param reader the reader's name, for findings
     * @param count how many inputs
     * @param inputs makes input {@code i}
     * @param target the reader
     * @return the number of inputs run
     */
    public static int run(String reader, int count, IntFunction<byte[]> inputs, Target target) {
        long t0 = System.nanoTime();
        System.out.println(reader + ": seed " + seed() + " (" + seedOrigin() + "), " + count + " inputs");
        long valuesBefore = VALUES.get();
        long limitNanos = TimeUnit.MILLISECONDS.toNanos(Long.getLong("qakit.fuzz.inputMillis", 10_000));
        AtomicLong startedAt = new AtomicLong(0);
        AtomicReference<byte[]> current = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        Map<String, String> failures = new LinkedHashMap<>();
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(256);
        byte[] end = new byte[0];
        CountDownLatch finished = new CountDownLatch(1);
        // The worker runs with the default thread stack (the build's -Xss), as a reader's caller would.
        Thread worker = new Thread(null, () -> {
            try {
                for (byte[] in; (in = queue.take()) != end; ) {
                    current.set(in);
                    startedAt.set(System.nanoTime());
                    try {
                        target.run(in);
                    } catch (Throwable t) {
                        String sig = signature(t);
                        synchronized (failures) {
                            if (!failures.containsKey(sig) && failures.size() < MAX_DISTINCT) {
                                failures.put(sig, save(reader, "crash", in) + "\n" + trace(t));
                            }
                        }
                    }
                    startedAt.set(0);
                    done.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                finished.countDown();
            }
        }, "fuzz-" + reader, 0);
        worker.setDaemon(true);
        worker.start();
        try {
            // Inputs are made on this thread (jqwik generates only on its own threads).
            for (int i = 0; i <= count; i++) {
                byte[] in = i == count ? end : inputs.apply(i);
                while (!queue.offer(in, 100, TimeUnit.MILLISECONDS)) {
                    checkDeadline(reader, startedAt, current, limitNanos, worker);
                }
            }
            while (!finished.await(100, TimeUnit.MILLISECONDS)) {
                checkDeadline(reader, startedAt, current, limitNanos, worker);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder(reader + ": " + failures.size() + " distinct failure(s) in " + done.get()
                    + " inputs (" + count + " planned; reproduce with -Dqakit.fuzz.seed=" + seed() + " -Dqakit.fuzz.inputs="
                    + inputs() + ")\n");
            failures.forEach((sig, detail) -> sb.append("--- ").append(sig).append("\n").append(detail).append("\n"));
            throw new AssertionError(sb.toString());
        }
        report(reader, done.get(), VALUES.get() - valuesBefore, System.nanoTime() - t0);
        return done.get();
    }

    /**
     * Prints a run's outcome and appends it to {@code target/fuzz-counts.txt}: seed, inputs run,
     * results that carried a value, time.
     */
    private static void report(String reader, int inputs, long values, long nanos) {
        long ms = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos));
        String line = reader + ": seed " + seed() + ", " + inputs + " inputs, " + values + " results with a value, " + ms + " ms ("
                + inputs * 1000L / ms + " inputs/s)";
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-counts.txt"), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only a report.
        }
    }

    private static void checkDeadline(String reader, AtomicLong startedAt, AtomicReference<byte[]> current, long limitNanos,
            Thread worker) {
        long s = startedAt.get();
        if (s != 0 && System.nanoTime() - s > limitNanos) {
            String file = save(reader, "hang", current.get());
            worker.interrupt();
            throw new AssertionError(reader + ": an input ran longer than " + TimeUnit.NANOSECONDS.toMillis(limitNanos)
                    + " ms (saved as " + file + ")");
        }
    }

    private static String signature(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        String frame = "";
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith("dev.qakit") && !e.getClassName().startsWith("dev.qakit.io.fuzz")) {
                frame = e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        return t.getClass().getName() + " at " + frame;
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }

    private static String save(String reader, String kind, byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-findings", reader);
            Files.createDirectories(dir);
            Path f = dir.resolve(kind + "-" + sha1(input));
            Files.write(f, input);
            return f.toString();
        } catch (IOException e) {
            return "(not saved: " + e + ") " + new String(input, 0, Math.min(input.length, 300), StandardCharsets.UTF_8);
        }
    }

    private static String sha1(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
