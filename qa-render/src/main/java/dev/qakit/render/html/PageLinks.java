package dev.qakit.render.html;

import java.util.Optional;

/**
 * Where the links of a rendered page point: other pages (by route), the stylesheet and the
 * site index. {@link #routes()} links pages by their routes, as a deployed site serves them;
 * {@link dev.qakit.render.site.StaticSiteWriter} links files relatively, so that a site works
 * from the file system.
 */
public interface PageLinks {

    /**
     * The link target for a page's route ({@code /fastapi/fundamentals/async-basics}).
     *
     * @param route the route, as a sibling or the page states it
     * @return the {@code href}, or empty when the page is not reachable (it is then shown
     *     without a link)
     */
    Optional<String> pageHref(String route);

    /**
     * The stylesheet to link.
     *
     * @return the {@code href}, or empty to inline the default stylesheet
     */
    Optional<String> stylesheetHref();

    /**
     * The site's index page.
     *
     * @return the {@code href}, or empty for no link to an index
     */
    Optional<String> indexHref();

    /**
     * Links by route: a page's {@code href} is its route, the stylesheet is inlined, there is
     * no index link.
     *
     * @return the links
     */
    static PageLinks routes() {
        return RouteLinks.INSTANCE;
    }
}
