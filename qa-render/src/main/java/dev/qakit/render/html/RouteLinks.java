package dev.qakit.render.html;

import java.util.Optional;

/** {@link PageLinks#routes()}. */
enum RouteLinks implements PageLinks {
    INSTANCE;

    @Override
    public Optional<String> pageHref(String route) {
        return Optional.of(route);
    }

    @Override
    public Optional<String> stylesheetHref() {
        return Optional.empty();
    }

    @Override
    public Optional<String> indexHref() {
        return Optional.empty();
    }
}
