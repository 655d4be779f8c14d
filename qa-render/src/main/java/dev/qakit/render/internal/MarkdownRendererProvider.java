package dev.qakit.render.internal;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code markdown} renderer with its default options. */
public final class MarkdownRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public MarkdownRendererProvider() {
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Renderer create() {
        return dev.qakit.render.markdown.MarkdownRenderer.builder().build();
    }
}
