package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One route of a generated site and what reading it produced.
 *
 * @param route the route, derived from the file's location ({@code /fastapi/fundamentals/async-basics}, {@code /})
 * @param html the route's {@code index.html}, or null when it has none
 * @param payloadFile the route's {@code _payload.json} (or {@code _payload.js}), or null when it has none
 * @param result the payload read from the route's files, halves merged, with the problems found
 */
public record NuxtRoute(String route, @Nullable Path html, @Nullable Path payloadFile, ReadResult<NuxtPayload> result) {

    /**
     * Checks the components.
     *
     * @param route the route
     * @param html the HTML page
     * @param payloadFile the payload file
     * @param result the result
     */
    public NuxtRoute {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(result, "result");
        if (html == null && payloadFile == null) {
            throw new IllegalArgumentException("a route needs an HTML page or a payload file: " + route);
        }
    }

    /**
     * The payload, if one could be read.
     *
     * @return the payload or empty
     */
    public Optional<NuxtPayload> payload() {
        return result.value();
    }
}
