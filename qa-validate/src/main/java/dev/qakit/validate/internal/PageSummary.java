package dev.qakit.validate.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the site rules need to know about one page, and nothing more, so that a run over
 * 100 000 pages keeps a small, flat footprint. Locations are packed ({@link Loc}).
 */
final class PageSummary {
    final String source;
    final String site;
    final @Nullable String path;
    final long pathLoc;
    final @Nullable String id;
    final long idLoc;
    final @Nullable String topic;
    final @Nullable Integer order;
    final long orderLoc;
    final @Nullable String subtopic;
    final String[] questionIds;
    final long[] questionIdLocs;
    final long[] textHashes;
    final long[] textLocs;
    final String[] headingIds;
    /** The siblings encoded as one shared string (see {@link SiblingCodec}), or null when there are none. */
    final @Nullable String siblings;
    final long siblingsLoc;
    final long[] siblingPathLocs;
    final long[] siblingOrderLocs;
    final List<Link> links;
    final Set<String> disabled;

    /**
     * An internal link.
     *
     * @param route the route, without fragment and query; "" for a link to the page itself
     * @param fragment the fragment, or null
     * @param written the destination as written
     * @param loc the packed location
     * @param pointer the pointer of the value holding the link
     */
    record Link(String route, @Nullable String fragment, String written, long loc, String pointer) {
    }

    PageSummary(String source, String site, @Nullable String path, long pathLoc, @Nullable String id, long idLoc,
            @Nullable String topic, @Nullable Integer order, long orderLoc, @Nullable String subtopic,
            String[] questionIds, long[] questionIdLocs, long[] textHashes, long[] textLocs,
            String[] headingIds, @Nullable String siblings, long siblingsLoc, long[] siblingPathLocs, long[] siblingOrderLocs,
            List<Link> links, Set<String> disabled) {
        this.source = source;
        this.site = site;
        this.path = path;
        this.pathLoc = pathLoc;
        this.id = id;
        this.idLoc = idLoc;
        this.topic = topic;
        this.order = order;
        this.orderLoc = orderLoc;
        this.subtopic = subtopic;
        this.questionIds = questionIds;
        this.questionIdLocs = questionIdLocs;
        this.textHashes = textHashes;
        this.textLocs = textLocs;
        this.headingIds = headingIds;
        this.siblings = siblings;
        this.siblingsLoc = siblingsLoc;
        this.siblingPathLocs = siblingPathLocs;
        this.siblingOrderLocs = siblingOrderLocs;
        this.links = links;
        this.disabled = disabled;
    }
}
