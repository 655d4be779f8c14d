package dev.qakit.render.internal;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code anki} renderer with its default options. */
public final class AnkiRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public AnkiRendererProvider() {
    }

    @Override
    public String name() {
        return "anki";
    }

    @Override
    public Renderer create() {
        return dev.qakit.render.anki.AnkiRenderer.builder().build();
    }
}
