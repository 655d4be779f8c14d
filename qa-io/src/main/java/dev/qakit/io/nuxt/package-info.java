/**
 * Loaders for what Nuxt publishes: {@code _payload.json} files, prerendered HTML pages
 * (the {@code __NUXT_DATA__} script, merged with the {@code _payload.json} half it names) and
 * whole generated sites.
 *
 * <p>Start at {@link dev.qakit.io.nuxt.NuxtPayloadReader} for one file and
 * {@link dev.qakit.io.nuxt.NuxtSiteReader} for a generated output directory. A payload reads
 * into a {@link dev.qakit.io.nuxt.NuxtPayload}, whose async-data entries are either question
 * pages mapped onto {@link dev.qakit.model.PageData} or raw values;
 * {@link dev.qakit.io.nuxt.PageDataGraph} converts between the two forms.
 */
@NullMarked
package dev.qakit.io.nuxt;

import org.jspecify.annotations.NullMarked;
