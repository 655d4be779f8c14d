/**
 * JSON output of the model: {@link dev.qakit.io.json.PageJson} writes a
 * {@link dev.qakit.model.PageData} with the payload's own member names and order, as
 * {@code JSON.stringify} gives it in the browser.
 */
@NullMarked
package dev.qakit.io.json;

import org.jspecify.annotations.NullMarked;
