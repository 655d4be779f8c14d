package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qa fix}: what it fixes, that it changes only the bytes of the values it fixes, and what it leaves. */
class FixCommandTest {
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    private static String page(String order, String... ids) {
        StringBuilder sb = new StringBuilder("---\ntitle: P\nframeworkSlug: fastapi\ntopicSlug: t\norder: " + order + "\nquestions:\n");
        int n = 0;
        for (String id : ids) {
            n++;
            sb.append("  - id: ").append(id).append("\n    difficulty: easy\n    q: \"Question number ").append(n)
                    .append(" of ").append(order).append("?\"\n    a: \"A.\"\n");
        }
        return sb.append("---\n\nBody.\n").toString();
    }

    @Test
    void fixThenValidateLeavesOnlyWhatCannotBeFixed(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Map<Path, String> before = copyTree(RepoFiles.resolve("examples-broken/content"), content);
        CliRun validate = CliRun.run("validate", content.toString());
        assertThat(validate.out()).contains("[question.id-unique]", "[topic.question-id-repeated]", "[topic.order-gap]");

        CliRun dry = CliRun.run("fix", "--dry-run", "--fix-order", content.toString());
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).startsWith("--- a/").contains("\n-  - id: hide-endpoint\n+  - id: ");
        assertThat(read(content)).as("--dry-run changes nothing").isEqualTo(before);

        CliRun fix = CliRun.run("fix", "--fix-order", content.toString());
        assertThat(fix.exitCode()).isZero();
        assertThat(fix.err()).contains("fixed 6 values in 3 of 3 files");
        Map<Path, String> after = read(content);
        int changedLines = 0;
        for (Map.Entry<Path, String> e : before.entrySet()) {
            List<String> a = e.getValue().lines().toList();
            List<String> b = after.get(e.getKey()).lines().toList();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    changedLines++;
                    assertThat(b.get(i)).as("only an id or an order changes").matches("  - id: [a-z0-9-]+|order: [0-9]+");
                }
            }
        }
        assertThat(changedLines).isEqualTo(6);
        // the dry run's diff is what was done
        assertThat(dry.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count()).isEqualTo(6);

        CliRun again = CliRun.run("validate", content.toString());
        Set<String> rules = new TreeSet<>();
        again.out().lines().filter(l -> l.endsWith("]")).forEach(l -> rules.add(l.substring(l.lastIndexOf('[') + 1, l.length() - 1)));
        assertThat(rules).containsExactly("link.page-not-found", "lint.duplicate-question-text");
        CliRun nothing = CliRun.run("fix", "--fix-order", content.toString());
        assertThat(nothing.err()).contains("nothing to fix in 3 files");
    }

    @Test
    void everyScalarStyleKeepsItsQuotesAndEverythingElseItsBytes(@TempDir Path dir) throws IOException {
        String text = "\uFEFF---\r\n"
                + "# a comment\r\n"
                + "title: P   # trailing comment\r\n"
                + "frameworkSlug: 'Fast API'\r\n"
                + "topicSlug: \"Data Fetching\"  # another\r\n"
                + "\r\n"
                + "order: 1\r\n"
                + "questions:\r\n"
                + "  - id: What Is_ASGI  # plain\r\n"
                + "    difficulty: easy\r\n"
                + "    q: \"What is ASGI?\"\r\n"
                + "    a: \"See [below](#What) and [here](#What Is_ASGI).\"\r\n"
                + "  - {id: 'two', difficulty: easy, q: \"Two?\", a: \"A.\"}\r\n"
                + "  - id: \"two\"\r\n"
                + "    difficulty: easy\r\n"
                + "    q: \"12345?\"\r\n"
                + "    a: \"A.\"\r\n"
                + "  - id: >-\r\n"
                + "      Folded Id\r\n"
                + "    difficulty: easy\r\n"
                + "    q: \"Folded?\"\r\n"
                + "    a: \"A.\"\r\n"
                + "  - id: 'Twelve'\r\n"
                + "    difficulty: easy\r\n"
                + "    q: \"Twelve?\"\r\n"
                + "    a: \"A.\"\r\n"
                + "---\r\n"
                + "\r\n"
                + "Body with a [link](#Twelve) and one [elsewhere](/t/other#Twelve).\r\n";
        Path file = dir.resolve("content/t/p.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun fix = CliRun.run("fix", dir.resolve("content").toString());
        assertThat(fix.exitCode()).as(fix.err()).isZero();
        String expected = text
                .replace("frameworkSlug: 'Fast API'", "frameworkSlug: 'fast-api'")
                .replace("topicSlug: \"Data Fetching\"", "topicSlug: \"data-fetching\"")
                .replace("  - id: What Is_ASGI  # plain", "  - id: what-is-asgi  # plain")
                .replace("  - id: \"two\"", "  - id: \"12345\"")
                .replace("  - id: 'Twelve'", "  - id: 'twelve'")
                .replace("[link](#Twelve)", "[link](#twelve)");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(fix.err()).contains("question id 'Folded Id' (not a slug) cannot be rewritten in place");
        // "[here](#What Is_ASGI)" is no link (a space ends the destination), "(/t/other#Twelve)" names another page
        assertThat(fix.out()).contains("question id 'two' → '12345' (used before in this page)");

        String plain = "---\ntitle: P\ntopicSlug: t\norder: 1\nquestions:\n  - id: a\n    difficulty: easy\n    q: \"Is it?\"\n    a: \"A.\"\n"
                + "  - id: a\n    difficulty: easy\n    q: \"true\"\n    a: \"A.\"\n---\n";
        Path second = dir.resolve("plain/t/p.md");
        Files.createDirectories(second.getParent());
        Files.writeString(second, plain, StandardCharsets.UTF_8);
        assertThat(CliRun.run("fix", dir.resolve("plain").toString()).exitCode()).isZero();
        assertThat(Files.readString(second)).as("a plain slug that YAML would read as a boolean is quoted")
                .isEqualTo(plain.replace("  - id: a\n    difficulty: easy\n    q: \"true\"", "  - id: \"true\"\n    difficulty: easy\n    q: \"true\""));
        assertThat(CliRun.run("validate", dir.resolve("plain").toString()).out()).isEqualTo("no problems in 1 file\n");
    }

    @Test
    void linksToARenamedIdFollowItAcrossTheSite(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("content/t/a.md");
        Path b = dir.resolve("content/t/b.md");
        Files.createDirectories(a.getParent());
        Files.writeString(a, page("1", "Hide_Endpoint", "other").replace("Body.", "See [it](#Hide_Endpoint)."));
        Files.writeString(b, page("2", "third").replace("Body.", "See [it](/t/a#Hide_Endpoint \"title\") and [no](/t/b#Hide_Endpoint)."));
        CliRun fix = CliRun.run("fix", dir.resolve("content").toString());
        assertThat(fix.exitCode()).isZero();
        assertThat(Files.readString(a)).contains("  - id: hide-endpoint\n", "See [it](#hide-endpoint).");
        assertThat(Files.readString(b)).contains("See [it](/t/a#hide-endpoint \"title\") and [no](/t/b#Hide_Endpoint).");
        assertThat(CliRun.run("validate", dir.resolve("content").toString()).out())
                .contains("link '/t/b#Hide_Endpoint' names no question or heading")
                .doesNotContain("'/t/a#");
    }

    @Test
    void aFileWithNothingToFixIsNotWritten(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("content/t/a.md");
        Path b = dir.resolve("content/t/b.md");
        Files.createDirectories(a.getParent());
        Files.writeString(a, page("1", "one", "two"));
        Files.writeString(b, page("3", "Three"));
        Files.setLastModifiedTime(a, OLD);
        Files.setLastModifiedTime(b, OLD);
        CliRun fix = CliRun.run("fix", dir.resolve("content").toString());
        assertThat(fix.out()).endsWith("b.md: question id 'Three' → 'three' (not a slug)\n");
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(OLD);
        assertThat(Files.getLastModifiedTime(b)).isNotEqualTo(OLD);
        Files.setLastModifiedTime(b, OLD);
        assertThat(CliRun.run("fix", dir.resolve("content").toString()).err()).contains("nothing to fix in 2 files");
        assertThat(Files.getLastModifiedTime(b)).as("orders are left alone without --fix-order").isEqualTo(OLD);
        CliRun orders = CliRun.run("fix", "--fix-order", dir.resolve("content").toString());
        assertThat(orders.out()).endsWith("b.md: order 3 → 2\n").hasLineCount(1);
    }

    /** Every bundled page, as it is and with CRLF line endings: fixing changes only whole values, and fixing again finds nothing. */
    @Test
    void onTheBundledPagesOnlyFixedValuesChange(@TempDir Path dir) throws IOException {
        int fixed = 0;
        for (String root : List.of("../examples/content", "../examples-broken/content", "../qa-validate/src/test/resources/corpus/content")) {
            for (boolean crlf : List.of(false, true)) {
                Path tree = dir.resolve("run" + fixed++ + "/content");
                Map<Path, String> before = copyTree(Path.of(root).toAbsolutePath().normalize(), tree);
                if (crlf) {
                    for (Map.Entry<Path, String> e : before.entrySet()) {
                        e.setValue(e.getValue().replace("\r\n", "\n").replace("\n", "\r\n"));
                        Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
                    }
                }
                CliRun fix = CliRun.run("fix", "--fix-order", tree.toString());
                assertThat(fix.exitCode()).as(fix.err()).isZero();
                Map<Path, String> after = read(tree);
                for (Map.Entry<Path, String> e : before.entrySet()) {
                    String a = e.getValue();
                    String b = after.get(e.getKey());
                    assertThat(b.split("\n", -1)).as("%s keeps its lines", e.getKey()).hasSameSizeAs(a.split("\n", -1));
                    String[] al = a.split("\n", -1);
                    String[] bl = b.split("\n", -1);
                    for (int i = 0; i < al.length; i++) {
                        if (!al[i].equals(bl[i])) {
                            assertThat(bl[i]).as("%s line %d", e.getKey(), i + 1).endsWith(crlf ? "\r" : "")
                                    .matches("(\\s*- |\\s*)?(id|order|frameworkSlug|topicSlug): [\"']?[a-z0-9-]+[\"']?\\r?|.*\\]\\([^)]*#[a-z0-9-]+.*");
                        }
                    }
                }
                assertThat(CliRun.run("fix", "--fix-order", tree.toString()).err()).as(root).contains("nothing to fix");
            }
        }
    }

    /** Copies a tree and returns its Markdown files' texts, by path. */
    private static Map<Path, String> copyTree(Path from, Path to) throws IOException {
        RepoFiles.copyTree(from, to);
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(to)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Map<Path, String> read(Path tree) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(tree)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        for (Path p : files) {
            out.put(p, Files.readString(p, StandardCharsets.UTF_8));
        }
        return out;
    }
}
