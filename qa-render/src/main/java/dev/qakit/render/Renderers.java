package dev.qakit.render;

import dev.qakit.render.spi.RendererProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The renderers available, by name: an immutable registry built from
 * {@link RendererProvider}s.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();
 * System.out.println(renderers.names());          // [anki, html, jsonld, markdown, text]
 * String html = renderers.require("html").render(pageData);
 * }</pre>
 *
 * <p>Each renderer is created once, when the registry is built, and shared; renderers are
 * thread-safe, and so is this registry.
 */
public final class Renderers {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, Renderer> byName;

    private Renderers(Map<String, Renderer> byName) {
        this.byName = byName;
    }

    /**
     * Finds every {@link RendererProvider} visible to this module (its own built-ins and those
     * of other modules or jars) through {@link ServiceLoader}.
     *
     * @return the registry
     * @throws IllegalStateException if two providers claim one name (both classes are named),
     *     or a provider's name is not a lowercase name, or differs from its renderer's name
     * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
     */
    public static Renderers discover() {
        return of(ServiceLoader.load(RendererProvider.class, Renderers.class.getClassLoader()));
    }

    /**
     * Finds every {@link RendererProvider} visible to a class loader (for plugins loaded by a
     * loader of their own; the built-ins are found when that loader delegates to this module's).
     *
     * @param loader the class loader to search
     * @return the registry
     * @throws IllegalStateException as {@link #discover()}
     */
    public static Renderers discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        return of(ServiceLoader.load(RendererProvider.class, loader));
    }

    /**
     * A registry of the given providers, with no discovery.
     *
     * @param providers the providers
     * @return the registry
     * @throws IllegalStateException if two providers claim one name (both classes are named),
     *     or a provider's name is not a lowercase name, or differs from its renderer's name
     */
    public static Renderers of(Iterable<? extends RendererProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        Map<String, RendererProvider> seen = new LinkedHashMap<>();
        Map<String, Renderer> byName = new TreeMap<>();
        for (RendererProvider provider : providers) {
            Objects.requireNonNull(provider, "provider");
            String name = provider.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalStateException("renderer provider " + provider.getClass().getName()
                        + " has an invalid name '" + name + "'; expected lowercase letters, digits and single hyphens");
            }
            RendererProvider previous = seen.putIfAbsent(name, provider);
            if (previous != null) {
                throw new IllegalStateException("two renderer providers are named '" + name + "': "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
            Renderer renderer = Objects.requireNonNull(provider.create(),
                    () -> provider.getClass().getName() + ".create() returned null");
            if (!name.equals(renderer.name())) {
                throw new IllegalStateException("renderer provider " + provider.getClass().getName() + " is named '" + name
                        + "' but its renderer " + renderer.getClass().getName() + " is named '" + renderer.name() + "'");
            }
            byName.put(name, renderer);
        }
        return new Renderers(Collections.unmodifiableMap(byName));
    }

    /**
     * The names of the renderers, sorted.
     *
     * @return an unmodifiable list
     */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The renderers, sorted by name.
     *
     * @return an unmodifiable list
     */
    public List<Renderer> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The renderer of a name.
     *
     * @param name the name ({@code html})
     * @return the renderer, or empty if there is none of that name
     */
    public Optional<Renderer> find(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The renderer of a name, which must exist.
     *
     * @param name the name ({@code html})
     * @return the renderer
     * @throws IllegalArgumentException if there is none of that name; the message lists the
     *     names there are
     */
    public Renderer require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no renderer named '" + name + "'; available: " + String.join(", ", byName.keySet())));
    }

    @Override
    public String toString() {
        return "Renderers" + byName.keySet();
    }
}
