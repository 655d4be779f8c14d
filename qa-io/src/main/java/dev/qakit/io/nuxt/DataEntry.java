package dev.qakit.io.nuxt;

import dev.qakit.io.SourceMap;
import dev.qakit.model.PageData;
import java.util.Objects;

/**
 * One entry of a payload's {@code data} ({@code useAsyncData}/{@code useFetch} results by
 * key): a {@link QuestionPage} when it has the shape {@code {page, siblings, blog}}, else a
 * {@link Raw} value (an index listing, an MDC render cache {@code mdc-…-key}, a
 * {@code useFetch} result {@code $f…}, an island).
 */
public sealed interface DataEntry {

    /**
     * The entry's key in {@code data}, e.g. {@code qa-/fastapi/fundamentals/async-basics}.
     *
     * @return the key
     */
    String key();

    /**
     * The entry's decoded value with Nuxt's reactive wrappers removed.
     *
     * @return the value
     */
    Object value();

    /**
     * A question page's async data.
     *
     * @param key the key in {@code data}
     * @param value the decoded value, reactive wrappers removed
     * @param data the value mapped onto the model
     * @param sourceMap locations by pointer relative to the entry ({@code /page/questions/2/a})
     */
    record QuestionPage(String key, Object value, PageData data, SourceMap sourceMap) implements DataEntry {
        /**
         * Checks the components.
         *
         * @param key the key
         * @param value the value
         * @param data the page data
         * @param sourceMap the source map
         */
        public QuestionPage {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(sourceMap, "sourceMap");
        }
    }

    /**
     * Any other entry, kept as decoded.
     *
     * @param key the key in {@code data}
     * @param value the decoded value, reactive wrappers removed
     */
    record Raw(String key, Object value) implements DataEntry {
        /**
         * Checks the components.
         *
         * @param key the key
         * @param value the value
         */
        public Raw {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
