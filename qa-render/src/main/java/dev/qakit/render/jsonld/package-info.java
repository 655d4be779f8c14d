/**
 * The {@code jsonld} renderer: schema.org {@code FAQPage} structured data,
 * {@link dev.qakit.render.jsonld.JsonLdRenderer}.
 */
@NullMarked
package dev.qakit.render.jsonld;

import org.jspecify.annotations.NullMarked;
