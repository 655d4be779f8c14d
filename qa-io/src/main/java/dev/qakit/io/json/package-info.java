/**
 * JSON output of the model: {@link dev.qakit.io.json.PageJson} writes a
 * {@link dev.qakit.model.PageData} with the payload's own member names and order, as
 * {@code JSON.stringify} gives it in the browser; {@link dev.qakit.io.json.JsonRenderer} is the
 * {@code json} renderer built on it, found by {@code dev.qakit.render.Renderers.discover()}.
 */
@NullMarked
package dev.qakit.io.json;

import org.jspecify.annotations.NullMarked;
