package dev.qakit.io.json;

import dev.qakit.io.devalue.JsArrayBuffer;
import dev.qakit.io.devalue.JsBoxed;
import dev.qakit.io.devalue.JsDataView;
import dev.qakit.io.devalue.JsDate;
import dev.qakit.io.devalue.JsMap;
import dev.qakit.io.devalue.JsRegExp;
import dev.qakit.io.devalue.JsSet;
import dev.qakit.io.devalue.JsTemporal;
import dev.qakit.io.devalue.JsTypedArray;
import dev.qakit.io.devalue.JsUrl;
import dev.qakit.io.devalue.JsUrlSearchParams;
import dev.qakit.io.devalue.NullProtoObject;
import dev.qakit.io.devalue.NuxtError;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.devalue.SparseArray;
import dev.qakit.io.devalue.Tagged;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code JSON.stringify} sees of the values the devalue codec decodes: a value with a
 * {@code toJSON} in JavaScript becomes that method's result (a date its ISO text, a URL its
 * href), Nuxt's reactive wrappers become their value, a boxed primitive its primitive, and
 * objects without enumerable members ({@code Set}, {@code Map}, {@code RegExp},
 * {@code ArrayBuffer}, …) become empty objects.
 */
final class JsonValues {
    /** Marks a member {@code JSON.stringify} leaves out (as it does a function). */
    static final Object OMIT = new Object();
    private static final long MAX_SPARSE = 10_000_000L;

    private JsonValues() {
    }

    /**
     * The value as {@code JSON.stringify} treats it.
     *
     * @param value a decoded value
     * @return a map, collection, string, number, boolean or marker
     */
    static Object toJsonValue(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        Object v = NuxtTags.unwrap(value);
        while (v instanceof Tagged t) {
            v = NuxtTags.unwrap(t.value());
        }
        if (v instanceof JsDate d) {
            return d.isValid() ? d.iso() : JsonNull.INSTANCE;
        }
        if (v instanceof JsUrl u) {
            return u.href();
        }
        if (v instanceof JsTemporal t) {
            return t.value();
        }
        if (v instanceof JsBoxed b) {
            return toJsonValue(b.value());
        }
        if (v instanceof NuxtError e) {
            return e.members();
        }
        if (v instanceof NullProtoObject o) {
            return o.members();
        }
        if (v instanceof Navigation.Custom c) {
            return c.fields();
        }
        if (v instanceof Navigation.Flag f) {
            return f.shown();
        }
        if (v instanceof SparseArray s) {
            if (s.length() > MAX_SPARSE) {
                throw new IllegalArgumentException("a sparse array of length " + s.length() + " is too long to write as JSON");
            }
            List<Object> out = new ArrayList<>((int) s.length());
            for (long i = 0; i < s.length(); i++) {
                Object e = s.get(i);
                out.add(e == null ? JsonNull.INSTANCE : e);
            }
            return out;
        }
        if (v instanceof JsTypedArray t) {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Object> values = t.values();
            for (int i = 0; i < values.size(); i++) {
                out.put(Integer.toString(i), values.get(i));
            }
            return out;
        }
        if (v instanceof JsSet || v instanceof JsMap || v instanceof JsRegExp || v instanceof JsUrlSearchParams
                || v instanceof JsArrayBuffer || v instanceof JsDataView) {
            return Map.of();
        }
        return v;
    }
}
