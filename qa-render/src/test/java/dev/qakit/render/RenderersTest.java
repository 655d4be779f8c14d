package dev.qakit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shout.ShoutRendererProvider;
import dev.qakit.render.anki.AnkiRenderer;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.render.internal.HtmlRendererProvider;
import dev.qakit.render.jsonld.JsonLdRenderer;
import dev.qakit.render.markdown.MarkdownRenderer;
import dev.qakit.render.spi.RendererProvider;
import dev.qakit.render.text.PlainTextRenderer;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void serviceLoaderFindsEveryBuiltInAndAProviderFromOutsideTheModule() {
        List<String> classes = ServiceLoader.load(RendererProvider.class).stream().map(p -> p.type().getName())
                .sorted().collect(Collectors.toList());
        assertThat(classes).containsExactly("com.example.shout.ShoutRendererProvider",
                "dev.qakit.render.internal.AnkiRendererProvider", "dev.qakit.render.internal.HtmlRendererProvider",
                "dev.qakit.render.internal.JsonLdRendererProvider", "dev.qakit.render.internal.MarkdownRendererProvider",
                "dev.qakit.render.internal.PlainTextRendererProvider");
        Renderers renderers = Renderers.discover();
        // json is provided by qa-io (see its JsonRendererTest), which is not on this module's path
        assertThat(renderers.names()).containsExactly("anki", "html", "jsonld", "markdown", "shout", "text");
        assertThat(renderers.require("shout").render(TestPages.page("Async Basics", List.of()))).isEqualTo("ASYNC BASICS\n");
        assertThat(Renderers.discover(Thread.currentThread().getContextClassLoader()).names()).contains("shout", "html");
    }

    @Test
    void builtInsHaveTheirTypesMediaTypesAndExtensions() {
        Renderers r = Renderers.discover();
        assertThat(r.require("html")).isInstanceOf(HtmlRenderer.class);
        assertThat(r.require("markdown")).isInstanceOf(MarkdownRenderer.class);
        assertThat(r.require("jsonld")).isInstanceOf(JsonLdRenderer.class);
        assertThat(r.require("text")).isInstanceOf(PlainTextRenderer.class);
        assertThat(r.require("anki")).isInstanceOf(AnkiRenderer.class);
        assertThat(r.all().stream().filter(x -> !x.name().equals("shout")).map(x -> x.name() + " " + x.mediaType() + " ." + x.fileExtension()))
                .containsExactly("anki text/tab-separated-values .tsv", "html text/html .html",
                        "jsonld application/ld+json .jsonld", "markdown text/markdown .md", "text text/plain .txt");
    }

    @Test
    void twoProvidersOfOneNameAreRejectedNamingBoth() {
        RendererProvider impostor = new RendererProvider() {
            @Override
            public String name() {
                return "html";
            }

            @Override
            public Renderer create() {
                return HtmlRenderer.builder().build();
            }
        };
        assertThatThrownBy(() -> Renderers.of(List.of(new HtmlRendererProvider(), impostor)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two renderer providers are named 'html': dev.qakit.render.internal.HtmlRendererProvider and "
                        + impostor.getClass().getName());
    }

    @Test
    void providerNamesAreCheckedAgainstTheirRenderers() {
        RendererProvider badName = new RendererProvider() {
            @Override
            public String name() {
                return "Bad Name";
            }

            @Override
            public Renderer create() {
                return HtmlRenderer.builder().build();
            }
        };
        assertThatThrownBy(() -> Renderers.of(List.of(badName))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has an invalid name 'Bad Name'");
        RendererProvider mismatch = new RendererProvider() {
            @Override
            public String name() {
                return "page";
            }

            @Override
            public Renderer create() {
                return HtmlRenderer.builder().build();
            }
        };
        assertThatThrownBy(() -> Renderers.of(List.of(mismatch))).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("is named 'page' but its renderer dev.qakit.render.html.HtmlRenderer is named 'html'");
    }

    @Test
    void requireNamesTheAvailableRenderers() {
        Renderers r = Renderers.of(List.of(new HtmlRendererProvider(), new ShoutRendererProvider()));
        assertThat(r.find("pdf")).isEmpty();
        assertThatThrownBy(() -> r.require("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no renderer named 'pdf'; available: html, shout");
        assertThat(r).hasToString("Renderers[html, shout]");
    }
}
