package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConvertCommandTest {

    @Test
    void aPayloadFilePrintsItsPageAsOneJsonLine() {
        Path payload = CliRun.resource("site/fastapi/fundamentals/async-basics/_payload.json");
        CliRun r = CliRun.run("convert", payload.toString(), "--to", "json");
        // the problems qa validate reports for the same file, and nothing else
        assertThat(r.err()).isEqualTo(CliRun.run("validate", payload.toString()).out().lines()
                .filter(l -> l.contains(": warning: ")).map(l -> l + "\n").reduce("", String::concat));
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
    void aSitePrintsOneLinePerQuestionPageAndReportsWhatValidateReports() {
        CliRun r = CliRun.run("convert", CliRun.resource("site").toString(), "--to", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"page\":{"));
        assertThat(r.err()).contains("error: unknown tag 'SemVer': no handler is registered for it [devalue.unknown-tag]")
                .contains("error: page 'order' must be at least 1; found '0' [page.order-min]");
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
                .isEqualTo("qa: --to yaml is not a known format; expected --to json or --to markdown\n");
        assertThat(CliRun.run("convert", "no/such/file.json", "--to", "json").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("convert", payload.toString()).exitCode()).isEqualTo(2);
    }
}
