package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qakit.io.input.InputException;
import dev.qakit.io.input.InputKind;
import dev.qakit.io.input.InputReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door decides each input's kind once, by name where it says and by content where it does not. */
class InputKindTest {
    private static final InputReader READER = InputReader.builder().build();

    @TempDir
    Path tmp;

    private static InputKind kind(Path p) throws IOException {
        return READER.plan(p).inputs().get(0).kind();
    }

    @Test
    void detectsNuxtInputs() throws IOException {
        assertThat(kind(CliRun.resource("site"))).isEqualTo(InputKind.SITE);
        assertThat(kind(CliRun.resource("site/go"))).isEqualTo(InputKind.SITE);
        assertThat(READER.plan(CliRun.resource("site/go")).inputs().get(0).root()).isEqualTo(CliRun.resource("site"));
        assertThat(kind(CliRun.resource("site/go/concurrency/index.html"))).isEqualTo(InputKind.HTML_PAGE);
        assertThat(kind(CliRun.resource("site/go/concurrency/_payload.json"))).isEqualTo(InputKind.PAYLOAD);
        assertThat(kind(Files.writeString(tmp.resolve("payload"), " [{}]"))).isEqualTo(InputKind.PAYLOAD);
        assertThat(kind(Files.writeString(tmp.resolve("any-name.json"), "[{\"data\":1},{}]"))).isEqualTo(InputKind.PAYLOAD);
        assertThat(kind(Files.writeString(tmp.resolve("page"), "<!DOCTYPE html>"))).isEqualTo(InputKind.HTML_PAGE);
    }

    @Test
    void aJsonDataFileIsNotAPayload() throws IOException {
        assertThat(kind(Files.writeString(tmp.resolve("authors.json"), "[{\"name\":\"Ada\",\"id\":1}]"))).isEqualTo(InputKind.DATA_FILE);
        assertThat(kind(Files.writeString(tmp.resolve("settings.json"), "{\"a\":1}"))).isEqualTo(InputKind.DATA_FILE);
    }

    @Test
    void markdownIsDetectedAsAFileOrAFolder() throws IOException {
        Path md = Files.writeString(tmp.resolve("a.md"), "---\ntitle: A\n---\n");
        assertThat(kind(md)).isEqualTo(InputKind.MARKDOWN_FILE);
        assertThat(kind(tmp)).isEqualTo(InputKind.FOLDER);
    }

    @Test
    void aFolderOfPayloadsOfAnyNameIsReadAsPayloads() throws IOException {
        Files.writeString(tmp.resolve("one.json"), "[{\"data\":1},{}]");
        Files.writeString(tmp.resolve("two.json"), "[[\"BigInt\",1e999]]");
        assertThat(READER.plan(tmp).size()).isEqualTo(2);
    }

    @Test
    void anythingElseIsAnInputError() throws IOException {
        Path txt = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> READER.plan(txt)).isInstanceOf(InputException.class)
                .hasMessage("'" + txt + "' is not an input qa reads; expected " + InputKind.EXPECTED);
        assertThatThrownBy(() -> READER.plan(tmp.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> READER.plan(List.of(empty))).isInstanceOf(InputException.class)
                .hasMessage("'" + empty + "' holds nothing qa reads; looked for " + InputKind.EXPECTED);
    }
}
