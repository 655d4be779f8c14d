/**
 * The {@code json} renderer, {@link dev.qakit.render.json.JsonRenderer}: the model as JSON,
 * as {@code qa convert --to json} prints it.
 */
@NullMarked
package dev.qakit.render.json;

import org.jspecify.annotations.NullMarked;
