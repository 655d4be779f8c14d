package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page Nitro prerenders for a route rule's redirect is named with its target, not reported as a page without payload. */
class RedirectPageTest {
    /** What Nitro writes for {@code routeRules: {'/docs': {redirect: '/docs/getting-started'}}}. */
    private static final String NITRO_REDIRECT = "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0; url=/docs/getting-started\">"
            + "</head></html>";

    private final NuxtPayloadReader reader = NuxtPayloadReader.builder().build();

    @Test
    void aRedirectPageIsOneInfoWithItsTarget() {
        ReadResult<NuxtPayload> r = reader.readHtml(NITRO_REDIRECT, "docs/index.html");
        assertThat(r.problems()).extracting(Problem::format).containsExactly("docs/index.html:1:28: info: a redirect page to"
                + " '/docs/getting-started' (as Nitro prerenders a route rule's redirect); it has no payload, so nothing here is"
                + " checked [nuxt.redirect-page]");
        assertThat(r.value()).hasValueSatisfying(p -> assertThat(p.entries()).isEmpty());
    }

    @Test
    void otherRefreshFormsAndAPageWithoutEither() {
        assertThat(reader.readHtml("<meta http-equiv=Refresh content=\"3;URL='/new'\">", "a.html").problems())
                .extracting(Problem::message).singleElement().asString().contains("'/new'");
        assertThat(reader.readHtml("<html><body><h1>Hi</h1></body></html>", "b.html").problems())
                .extracting(Problem::ruleId).containsExactly(NuxtPayloadReader.NO_PAYLOAD_SCRIPT);
    }

    @Test
    void aGeneratedSiteWithARedirectRouteHasNoError(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("_nuxt"));
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs").resolve("index.html"), NITRO_REDIRECT);
        InputReader front = InputReader.builder().build();
        List<Problem> problems;
        try (Stream<Unit> units = front.plan(List.of(site)).units()) {
            problems = units.flatMap(u -> u.allProblems().stream()).toList();
        }
        assertThat(problems).extracting(Problem::ruleId).containsExactly(NuxtPayloadReader.REDIRECT_PAGE);
    }
}
