package dev.qakit.model;

import dev.qakit.model.constraints.RoutePath;
import dev.qakit.model.internal.OrderedMaps;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Another page of the same topic, as a question page lists them for navigation
 * ({@code {subtopic, path, order}}, ordered by {@code order}).
 *
 * @param subtopic the sibling's subtopic (its navigation label)
 * @param path the sibling's route
 * @param order its position within the topic, from 1
 * @param extra members not modelled, in order
 */
public record Sibling(
        @Nullable String subtopic,
        @NotNull(message = "sibling 'path' is missing; expected a route such as '/fastapi/fundamentals/async-basics'")
        @RoutePath
        @Nullable String path,
        @Min(value = 1, message = "sibling 'order' must be at least 1")
        @Nullable Integer order,
        Map<String, Object> extra) {

        /**
     * Copies the extra members.
     *
     * @param subtopic the subtopic
     * @param path the path
     * @param order the order
     * @param extra the extra
     */
    public Sibling {
        extra = OrderedMaps.copyOf(extra, "extra");
    }

    /**
     * A sibling without extra members.
     *
     * @param subtopic the subtopic
     * @param path the route
     * @param order the order
     * @return the sibling
     */
    public static Sibling of(String subtopic, String path, int order) {
        return new Sibling(subtopic, path, order, Map.of());
    }
}
