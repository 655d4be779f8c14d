package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips against the generated site: for every corpus page, the records read from its
 * Markdown source equal the records the Nuxt loader reads from its {@code _payload.json}
 * (field by field, {@code __hash__} aside, code blocks without Shiki's highlighting), and
 * payload → records → Markdown → records is lossless.
 */
class PayloadRoundTripTest {
    private static final NuxtPayloadReader PAYLOADS = NuxtPayloadReader.builder().build();
    private static List<PageData> tree;

    @BeforeAll
    static void readTree() throws IOException {
        tree = Corpus.reader().readTreeWithSiblings(Corpus.root()).stream().map(r -> r.value().orElseThrow()).toList();
    }

    static List<String> routes() {
        List<String> routes = Corpus.sources().stream()
                .map(f -> new ContentFile("qa", f).path())
                .filter(route -> Files.exists(payloadFile(route)))
                .toList();
        assertThat(routes).hasSize(14);
        return routes;
    }

    static Path payloadFile(String route) {
        try {
            Path site = Path.of(PayloadRoundTripTest.class.getResource("/nuxt/generated/extracted").toURI());
            return site.resolve(route.substring(1)).resolve("_payload.json");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageData fromPayload(String route) throws IOException {
        ReadResult<NuxtPayload> r = PAYLOADS.read(payloadFile(route));
        assertThat(r.hasErrors()).as(r.problems().toString()).isFalse();
        List<PageData> pages = r.orThrow().pages();
        assertThat(pages).hasSize(1);
        return pages.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void markdownRecordsEqualPayloadRecords(String route) throws IOException {
        PageData payload = fromPayload(route);
        PageData markdown = tree.stream().filter(d -> route.equals(d.page().path())).findFirst().orElseThrow();
        Page want = comparable(payload.page());
        Page got = comparable(markdown.page());
        assertThat(got.body()).as(route + " body").isEqualTo(want.body());
        assertThat(got.meta()).as(route + " meta").isEqualTo(want.meta());
        assertThat(got.questions()).as(route + " questions").isEqualTo(want.questions());
        assertThat(got.seo()).as(route + " seo").isEqualTo(want.seo());
        assertThat(got.navigation()).as(route + " navigation").isEqualTo(want.navigation());
        assertThat(got).as(route + " page").isEqualTo(want);
        assertThat(markdown.blog()).isEqualTo(payload.blog());
        assertThat(markdown.extra()).isEqualTo(payload.extra());
        Set<String> present = tree.stream().map(d -> d.page().path()).collect(Collectors.toSet());
        List<Sibling> wantSiblings = payload.siblings().stream().filter(s -> present.contains(s.path())).toList();
        assertThat(markdown.siblings()).as(route + " siblings").isEqualTo(wantSiblings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void payloadToMarkdownToRecordsIsLossless(String route) throws IOException {
        PageData payload = fromPayload(route);
        MarkdownWriter writer = MarkdownWriter.builder().preservePayloadState(true).build();
        String markdown = writer.write(payload);
        String relative = MarkdownWriter.relativePath(payload.page());
        ReadResult<PageData> back = Corpus.reader().read(markdown, relative);
        assertThat(back.problems()).isEmpty();
        PageData got = back.orThrow();
        assertThat(got.page().hash()).isEqualTo(payload.page().hash());
        assertThat(got.withPage(comparable(got.page()).toBuilder().hash(got.page().hash()).build()))
                .isEqualTo(payload.withPage(comparable(payload.page()).toBuilder().hash(payload.page().hash()).build()));
    }

    /** The page with {@code __hash__} cleared and Shiki's highlighting replaced by the plain code block qakit reads. */
    static Page comparable(Page p) {
        Body b = p.body();
        Body body = b == null ? null : new Body(b.type(), unhighlighted(b.value()), b.toc(), b.extra());
        return p.toBuilder().hash(null).body(body).build();
    }

    private static List<BodyNode> unhighlighted(List<BodyNode> nodes) {
        List<BodyNode> out = new ArrayList<>();
        for (BodyNode n : nodes) {
            if (n instanceof BodyNode.Element e && e.tag().equals("style")) {
                continue;
            }
            if (n instanceof BodyNode.Element e && e.tag().equals("pre") && e.props().get("code") instanceof String code) {
                Object language = e.props().get("language");
                Map<String, Object> props = new LinkedHashMap<>();
                if (language instanceof String l && !l.isEmpty()) {
                    props.put("className", "language-" + l);
                }
                props.put("code", code);
                if (language instanceof String l && !l.isEmpty()) {
                    props.put("language", l);
                }
                props.put("meta", e.props().getOrDefault("meta", ""));
                out.add(new BodyNode.Element("pre", props,
                        List.of(new BodyNode.Element("code", Map.of("__ignoreMap", ""), code.isEmpty() ? List.of() : List.of(new BodyNode.Text(code))))));
                continue;
            }
            out.add(n);
        }
        return out;
    }
}
