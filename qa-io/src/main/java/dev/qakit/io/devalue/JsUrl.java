package dev.qakit.io.devalue;

import java.util.Objects;

/**
 * A JavaScript {@code URL}, as its normalised {@code href}. Immutable.
 *
 * @param href the URL text
 */
public record JsUrl(String href) {
    /**
     * Checks the component.
     *
     * @param href the URL text
     */
    public JsUrl {
        Objects.requireNonNull(href, "href");
    }
}
