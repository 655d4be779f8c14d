package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConvertCommandTest {

    @Test
    void aPayloadFilePrintsItsPageAsOneJsonLine() {
        Path payload = CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json");
        CliRun r = CliRun.run("convert", payload.toString(), "--to", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).startsWith("{\"page\":{\"id\":\"qa/fastapi/fundamentals/async-basics.md\",\"title\":\"Async Basics\",");
        assertThat(r.out().strip()).endsWith("\"blog\":null}");
    }

    @Test
    void anHtmlPageGivesTheSameJsonAsItsPayload() {
        CliRun html = CliRun.run("convert", CliRun.resource("site/fastapi/fundamentals/async-basics/index.html").toString(), "--to", "json");
        CliRun json = CliRun.run("convert", CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json").toString(), "--to", "json");
        assertThat(html.exitCode()).isEqualTo(0);
        assertThat(html.out()).isEqualTo(json.out());
    }

    @Test
    void aSitePrintsOneLinePerQuestionPageAndWarnsAboutUnknownTags() {
        CliRun r = CliRun.run("convert", CliRun.resource("site").toString(), "--to", "json");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"page\":{"));
        assertThat(r.err()).contains("warning: unknown payload tag 'SemVer'").contains("[nuxt.unknown-tag]");
    }

    @Test
    void aJavaScriptPayloadIsAContentError() {
        CliRun r = CliRun.run("convert", CliRun.resource("js/_payload.js").toString(), "--to", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(":1:1: error: JavaScript payload (export default …) is not supported")
                .contains("[nuxt.javascript-payload]");
    }

    @Test
    void otherFormatsAndInputsAreUsageErrors() {
        Path payload = CliRun.resource("site/_payload.json");
        assertThat(CliRun.run("convert", payload.toString(), "--to", "yaml").err())
                .isEqualTo("qa: --to yaml is not supported here; expected --to json\n");
        assertThat(CliRun.run("convert", "no/such/file.json", "--to", "json").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("convert", payload.toString()).exitCode()).isEqualTo(2);
    }
}
