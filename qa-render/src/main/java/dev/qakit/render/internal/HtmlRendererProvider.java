package dev.qakit.render.internal;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code html} renderer with its default options. */
public final class HtmlRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public HtmlRendererProvider() {
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Renderer create() {
        return dev.qakit.render.html.HtmlRenderer.builder().build();
    }
}
