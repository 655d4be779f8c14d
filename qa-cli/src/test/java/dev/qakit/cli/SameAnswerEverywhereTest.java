package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import dev.qakit.io.input.InputReader;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ContentValidator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door's promise: every command, the library and the Maven plugin's validator read an
 * input the same way, from any working directory. Each input is given to {@code qa validate},
 * {@code qa inspect} and {@code qa convert} in a separate JVM started in several folders
 * (including {@code /}); each must report the same problems (rule, severity, file, line,
 * column) and, where it prints pages, the same pages.
 */
class SameAnswerEverywhereTest {
    private static final Pattern PROBLEM = Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning|info): .* \\[([a-z0-9.\\-]+)]$");

    @TempDir
    static Path tmp;

    private static Path content;
    private static Path site;

    @BeforeAll
    static void copyInputs() throws IOException {
        content = tmp.resolve("project/content");
        RepoFiles.copyTree(RepoFiles.resolve("examples-broken/content"), content);
        Files.writeString(tmp.resolve("project/qa.yaml"), "rules:\n  topic.order-gap: error\n");
        site = tmp.resolve("public");
        RepoFiles.copyTree(CliRun.resource("site"), site);
        Path payloads = Files.createDirectories(tmp.resolve("payloads"));
        Files.copy(CliRun.resource("site/go/concurrency/_payload.json"), payloads.resolve("page-data.json"));
        Files.writeString(payloads.resolve("broken.json"), "[[\"BigInt\",\"x\"]]");
    }

    private static List<Path> inputs() {
        return List.of(
                content.resolve("fastapi/fundamentals/path-operations.md"),  // a file
                content,                                                        // a content folder
                content.resolve("fastapi"),                                     // a subfolder of one
                site,                                                           // a generated site
                site.resolve("go"),                                             // a folder of one
                tmp.resolve("payloads"));                                       // payloads of other names, one broken
    }

    @Test
    void everyCommandFromEveryFolderReportsTheSameProblemsAndPages() throws Exception {
        List<Path> folders = List.of(Path.of("/"), tmp, content.resolve("fastapi/fundamentals"));
        ContentValidator library = ContentValidator.builder().inputReader(InputReader.builder().build()).build();
        for (Path input : inputs()) {
            Set<String> expected = new TreeSet<>();
            for (Problem p : library.validate(List.of(input)).problems()) {
                expected.add(key(Path.of(p.location().source()), p.location().line(), p.location().column(),
                        p.severity().label(), p.ruleId()));
            }
            String pages = null;
            for (Path cwd : folders) {
                Run validate = qa(cwd, "validate", input.toString());
                Run inspect = qa(cwd, "inspect", input.toString());
                Run convert = qa(cwd, "convert", input.toString(), "--to", "json");
                assertThat(problems(validate.out, cwd)).as("qa validate %s from %s", input, cwd).isEqualTo(expected);
                assertThat(problems(inspect.err, cwd)).as("qa inspect %s from %s", input, cwd).isEqualTo(expected);
                assertThat(problems(convert.err, cwd)).as("qa convert %s from %s", input, cwd).isEqualTo(expected);
                assertThat(validate.code).as("exit code of qa validate %s from %s", input, cwd)
                        .isEqualTo(expected.stream().anyMatch(k -> k.contains(" error ")) ? 1 : 0);
                assertThat(convert.code).isEqualTo(validate.code);
                assertThat(inspect.code).isEqualTo(validate.code);
                if (pages == null) {
                    pages = convert.out;
                    assertThat(pages).as("pages of %s", input).isNotBlank();
                } else {
                    assertThat(convert.out).as("qa convert %s from %s", input, cwd).isEqualTo(pages);
                }
            }
        }
    }

    private static String key(Path file, int line, int column, String severity, String rule) {
        return file.toAbsolutePath().normalize() + ":" + line + ":" + column + " " + severity + " " + rule;
    }

    private static Set<String> problems(String text, Path cwd) {
        Set<String> out = new TreeSet<>();
        for (String line : text.split("\n")) {
            Matcher m = PROBLEM.matcher(line);
            if (m.matches()) {
                out.add(key(cwd.resolve(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5)));
            }
        }
        return out;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run qa(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("qa " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static {
        // the class path must be usable from another folder
        assert !System.getProperty("java.class.path").contains(File.pathSeparator + "." + File.pathSeparator);
    }
}
