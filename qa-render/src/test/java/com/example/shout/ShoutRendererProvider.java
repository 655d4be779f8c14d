package com.example.shout;

import dev.qakit.model.PageData;
import dev.qakit.render.Renderer;
import dev.qakit.render.spi.RendererProvider;
import java.io.IOException;
import java.util.Locale;

/** A renderer from outside qakit, registered through META-INF/services of the test class path. */
public final class ShoutRendererProvider implements RendererProvider {
    /** For ServiceLoader. */
    public ShoutRendererProvider() {
    }

    @Override
    public String name() {
        return "shout";
    }

    @Override
    public Renderer create() {
        return new Renderer() {
            @Override
            public String name() {
                return "shout";
            }

            @Override
            public String mediaType() {
                return "text/plain";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public void render(PageData page, Appendable out) throws IOException {
                out.append(String.valueOf(page.page().title()).toUpperCase(Locale.ROOT)).append('\n');
            }
        };
    }
}
