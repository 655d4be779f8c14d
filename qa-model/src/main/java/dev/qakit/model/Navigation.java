package dev.qakit.model;

import dev.qakit.model.internal.OrderedMaps;
import java.util.Map;

/**
 * A page's {@code navigation} setting in Nuxt Content: {@code true} (the default),
 * {@code false}, or an object such as {@code {title: "Concurrency", icon: "i-go"}}.
 */
public sealed interface Navigation {

    /** {@code navigation: true}. */
    Navigation SHOWN = new Flag(true);

    /** {@code navigation: false}. */
    Navigation HIDDEN = new Flag(false);

    /**
     * The flag form.
     *
     * @param shown the boolean
     * @return {@link #SHOWN} or {@link #HIDDEN}
     */
    static Navigation of(boolean shown) {
        return shown ? SHOWN : HIDDEN;
    }

    /**
     * The object form.
     *
     * @param fields the object's members, in order
     * @return the navigation
     */
    static Navigation of(Map<String, Object> fields) {
        return new Custom(fields);
    }

    /**
     * Whether the page appears in navigation: false only for {@code navigation: false}.
     *
     * @return true unless hidden
     */
    boolean shown();

    /**
     * {@code navigation: true} or {@code navigation: false}.
     *
     * @param shown the boolean
     */
    record Flag(boolean shown) implements Navigation {
    }

    /**
     * {@code navigation: {…}}: shown, with fields such as {@code title} and {@code icon}.
     *
     * @param fields the object's members, in order
     */
    record Custom(Map<String, Object> fields) implements Navigation {
                /**
         * Copies the fields into an ordered unmodifiable map.
         *
         * @param fields the fields
         */
        public Custom {
            fields = OrderedMaps.copyOf(fields, "fields");
        }

        @Override
        public boolean shown() {
            return true;
        }
    }
}
