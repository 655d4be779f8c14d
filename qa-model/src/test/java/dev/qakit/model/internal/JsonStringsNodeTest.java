package dev.qakit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JsonStrings} writes what JavaScript's {@code JSON.stringify} writes, and its script-safe
 * form what {@code JSON.stringify} writes with {@code < > &} U+2028 U+2029 as escapes: for every
 * single UTF-16 code unit, for surrogate edge cases and for 100 000 random strings. The expected
 * text comes from node, run on {@code src/test/node/json-stringify.mjs} with its files in
 * {@code target/json-stringify}.
 *
 * <p>Needs {@code node} (no npm packages); skipped, saying why, where it is missing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JsonStringsNodeTest {
    private static final Path SCRIPT = Path.of("src", "test", "node", "json-stringify.mjs");
    private static final Path WORK_DIR = Path.of("target", "json-stringify");
    private static final int RANDOM_STRINGS = 100_000;
    private static final String SPECIAL = "\"\\/<>&'\u007f\u2028\u2029";

    /** Strings around surrogates and the characters the script-safe form escapes. */
    private static final List<String> EDGE_CASES = List.of(
            "",
            "\ud83d\ude00",
            "\ude00\ud83d",
            "a\ud83d",
            "\ude00a",
            "\ud83d\ud83d\ude00",
            "\ud83d\ude00\ude00",
            "\udbff\udfff",
            "\ud800\udc00",
            "\ud800",
            "\udfff",
            "\ud800\ud800",
            "\udc00\udc00",
            "</script><!--<script>",
            "a&b>c<d",
            "\u2028\u2029",
            "\"\\/\b\f\n\r\t\u000b\u0000\u001f\u007f\u0080\u009f\u00ad\ufeff\uffff",
            "line\u2028separator\u2029paragraph");

    @Test
    void writesWhatJsonStringifyWrites() throws Exception {
        Assumptions.assumeTrue(runs("node", "--version"),
                "node is not installed: the comparison of JsonStrings with JSON.stringify is skipped");
        List<String> cases = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            cases.add(String.valueOf((char) c));
        }
        cases.addAll(EDGE_CASES);
        SplittableRandom random = new SplittableRandom(20_261_205);
        for (int i = 0; i < RANDOM_STRINGS; i++) {
            cases.add(randomString(random));
        }
        // long texts, mostly of characters written as they are or mostly escaped, as an answer's HTML is
        int firstRandom = cases.size() - RANDOM_STRINGS;
        cases.add(String.join("", cases.subList(firstRandom, firstRandom + 5_000)));
        cases.add(String.join("", cases.subList(0, 0x80)).repeat(40));
        cases.add("<p>plain words & <em>markup</em></p>\n".repeat(500));
        assertThat(cases).hasSize(0x10000 + EDGE_CASES.size() + RANDOM_STRINGS + 3);

        Files.createDirectories(WORK_DIR);
        Path input = WORK_DIR.resolve("strings.txt");
        Path output = WORK_DIR.resolve("stringified.txt");
        StringBuilder text = new StringBuilder();
        for (String s : cases) {
            text.append(hex(s)).append('\n');
        }
        Files.writeString(input, text, StandardCharsets.US_ASCII);
        Files.deleteIfExists(output);

        Result node = run("node", SCRIPT.toString(), input.toString(), output.toString());
        assertThat(node.output).isEqualTo(cases.size() + " strings\n");
        assertThat(node.code).isZero();

        List<String> expected = Files.readAllLines(output, StandardCharsets.US_ASCII);
        assertThat(expected).hasSameSizeAs(cases);
        List<String> mismatches = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < cases.size(); i++) {
            String s = cases.get(i);
            String[] forms = expected.get(i).split("\t", -1);
            StringBuilder streamed = new StringBuilder();
            JsonStrings.write(s, streamed);
            JsonStrings.writeForScript(s, streamed);
            java.io.StringWriter writer = new java.io.StringWriter();
            JsonStrings.write(s, writer);
            JsonStrings.writeForScript(s, writer);
            boolean same = check(mismatches, "JSON.stringify", s, unhex(forms[0]), JsonStrings.quote(s))
                    & check(mismatches, "script-safe", s, unhex(forms[1]), JsonStrings.quoteForScript(s))
                    & check(mismatches, "write + writeForScript", s, unhex(forms[0]) + unhex(forms[1]), streamed.toString())
                    & check(mismatches, "to a Writer", s, unhex(forms[0]) + unhex(forms[1]), writer.toString());
            if (!same) {
                differing++;
            }
        }
        assertThat(mismatches).as("%d of %d strings differ from node, the first ones in hex", differing, cases.size())
                .isEmpty();
    }

    private static boolean check(List<String> mismatches, String form, String input, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (mismatches.size() < 20) {
            mismatches.add(form + " of [" + hex(input) + "]: node [" + hex(expected) + "], Java [" + hex(actual) + "]");
        }
        return false;
    }

    /** Up to 24 code units, mostly the ones escapers get wrong. */
    private static String randomString(SplittableRandom random) {
        int length = random.nextInt(25);
        StringBuilder sb = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(10)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 2 -> sb.append((char) random.nextInt(0xD800, 0xDC00));
                case 3 -> sb.append((char) random.nextInt(0xDC00, 0xE000));
                case 4 -> sb.appendCodePoint(random.nextInt(0x10000, 0x110000));
                case 5 -> sb.append((char) random.nextInt(0x80, 0x800));
                case 6 -> sb.append((char) random.nextInt(0x10000));
                default -> sb.append((char) random.nextInt(0x20, 0x7f));
            }
        }
        return sb.toString();
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            sb.append(String.format("%04x", (int) s.charAt(i)));
        }
        return sb.toString();
    }

    private static String unhex(String hex) {
        StringBuilder sb = new StringBuilder(hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            sb.append((char) Integer.parseInt(hex, i, i + 4, 16));
        }
        return sb.toString();
    }

    private record Result(int code, String output) {
    }

    private static boolean runs(String... command) {
        try {
            return run(command).code == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Result run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(4, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, out + " (timed out)");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
