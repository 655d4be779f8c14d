package dev.qakit.render.internal;

import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;

/** Provides the built-in {@code jsonld} renderer with its default options. */
public final class JsonLdRendererProvider implements RendererProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public JsonLdRendererProvider() {
    }

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public Renderer create() {
        return dev.qakit.render.jsonld.JsonLdRenderer.builder().build();
    }
}
