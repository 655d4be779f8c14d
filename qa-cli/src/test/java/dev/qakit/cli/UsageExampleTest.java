package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md's Java honest: every {@code java} block of its "Using the library" section is
 * compiled exactly as written (with {@code -Xlint:all -Werror}) against the modules this one
 * depends on, and run from the project's folder, where its paths point into {@code examples/}.
 */
class UsageExampleTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^public class (\\w+)");

    @TempDir
    static Path tmp;

    private static List<String> blocks;
    private static Path classes;

    /** The {@code java} blocks of the section, from its heading to the next one of its level. */
    static List<String> javaBlocks(String readme, String heading) {
        int start = readme.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README has the section '%s'", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)\n```java\n(.*?)\n```\n").matcher(section);
        while (m.find()) {
            out.add(m.group(1) + "\n");
        }
        return out;
    }

    @BeforeAll
    static void compileReadmeBlocks() throws IOException {
        blocks = javaBlocks(Files.readString(PROJECT.resolve("README.md")), "Using the library");
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        Path sources = Files.createDirectories(tmp.resolve("src"));
        classes = Files.createDirectories(tmp.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString()));
        for (String block : blocks) {
            Path file = sources.resolve(className(block) + ".java");
            Files.writeString(file, block);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(status).as("README's Java compiles as written:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String className(String block) {
        Matcher m = CLASS_NAME.matcher(block);
        assertThat(m.find()).as("a README Java block declares a public class:%n%s", block).isTrue();
        return m.group(1);
    }

    /** Runs a block's main class in its own JVM from the project's folder; its output, after exit status 0. */
    private static String run(String className) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, className).directory(PROJECT.toFile())
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s exits with 0:%n%s", className, text).isZero();
        return text;
    }

    @Test
    void theLibraryExampleRunsOnTheExamples() throws IOException, InterruptedException {
        assertThat(blocks).extracting(UsageExampleTest::className).contains("UsingQakit");
        String out = run("UsingQakit");
        assertThat(out).contains("examples/content/fastapi/fundamentals/async-basics.md: 1 page(s), 0 problem(s)");
        assertThat(out).contains("examples/nuxt/fastapi/fundamentals/async-basics/_payload.json: 1 page(s), ");
        assertThat(out).containsPattern("1 page\\(s\\) in the payload, \\d+ characters re-encoded, \\d+ characters of HTML; .*6 files");
    }

    @Test
    void theExtensionExampleRunsWithTheUsersConstraint() throws IOException, InterruptedException {
        assertThat(blocks).extracting(UsageExampleTest::className).contains("ExtendingQakit");
        String out = run("ExtendingQakit");
        // every answer of the examples is within 2000 characters (CustomConstraintTest shows the rule firing)
        assertThat(out).doesNotContain("[question.answer-size]").containsPattern("(?m)(^no problems| of) 6 files$");
    }
}
