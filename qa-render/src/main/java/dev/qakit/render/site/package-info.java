/**
 * Static sites of question pages: {@link dev.qakit.render.site.StaticSiteWriter} writes one
 * HTML page per question page, an index and a stylesheet, linked so that the site works from
 * the file system.
 */
@NullMarked
package dev.qakit.render.site;

import org.jspecify.annotations.NullMarked;
