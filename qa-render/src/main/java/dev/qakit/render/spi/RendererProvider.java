package dev.qakit.render.spi;

import dev.qakit.render.Renderer;

/**
 * A service that makes a {@link Renderer}, found by {@link dev.qakit.render.Renderers#discover()}
 * through {@link java.util.ServiceLoader}.
 *
 * <p>To add a renderer, implement this interface in a public class with a public no-argument
 * constructor and declare it both in {@code module-info.java}
 * ({@code provides dev.qakit.render.spi.RendererProvider with com.example.MyProvider;}) and in
 * {@code META-INF/services/dev.qakit.render.spi.RendererProvider}, so that it is found on the
 * module path and on the class path alike. Names must be unique: discovery fails when two
 * providers claim the same one.
 */
public interface RendererProvider {

    /**
     * The name of the renderer this provider makes; equal to {@code create().name()}.
     *
     * @return the name
     */
    String name();

    /**
     * Makes the renderer with its default options.
     *
     * @return a renderer
     */
    Renderer create();
}
