package dev.qakit.io.internal.json;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code json} renderer with its default options. */
public final class JsonRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public JsonRendererProvider() {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public Renderer create() {
        return dev.qakit.io.json.JsonRenderer.builder().build();
    }
}
