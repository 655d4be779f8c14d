package dev.qakit.io.json;

import dev.qakit.model.PageData;
import dev.qakit.render.Renderer;
import java.io.IOException;
import java.util.Objects;

/**
 * The {@code json} renderer: the model as JSON, with the payload's own member names and order,
 * followed by a line break — by default exactly one line of {@code qa convert INPUT --to json}.
 * It delegates to {@link PageJson}, so both always agree.
 *
 * <pre>{@code
 * String json = JsonRenderer.builder().indent(2).build().render(pageData);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonRenderer implements Renderer {
    private final int indent;
    private final PageJson json;

    private JsonRenderer(Builder b) {
        this.indent = b.indent;
        this.json = PageJson.indented(b.indent);
    }

    /**
     * A builder with the defaults (compact, as {@code qa convert --to json}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this renderer's options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().indent(indent);
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(PageData page, Appendable out) throws IOException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        json.write(page, out);
        out.append('\n');
    }

    @Override
    public String toString() {
        return "JsonRenderer[indent=" + indent + "]";
    }

    /**
     * Builds {@link JsonRenderer}s. Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private int indent;

        private Builder() {
        }

        /**
         * Sets the indentation of nested members, as {@code JSON.stringify(value, null, indent)}.
         * Defaults to 0: one compact line, identical to {@code qa convert --to json}.
         *
         * @param value 0 to 10 spaces
         * @return this builder
         * @throws IllegalArgumentException if the value is outside 0..10
         */
        public Builder indent(int value) {
            if (value < 0 || value > 10) {
                throw new IllegalArgumentException("indent must be 0..10 spaces, got " + value);
            }
            this.indent = value;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public JsonRenderer build() {
            return new JsonRenderer(this);
        }
    }
}
