package dev.qakit.render.internal;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code text} renderer with its default options. */
public final class PlainTextRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public PlainTextRendererProvider() {
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Renderer create() {
        return dev.qakit.render.text.PlainTextRenderer.builder().build();
    }
}
