package dev.qakit.validate.internal;

import dev.qakit.model.Sibling;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Encodes a siblings list as one string, so that the pages of a topic, which usually carry
 * the same list, can share a single interned copy.
 */
final class SiblingCodec {
    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';
    private static final String NULL = "\u0000";

    /** One decoded sibling. */
    record Entry(@Nullable String path, @Nullable Integer order, @Nullable String subtopic) {
    }

    private SiblingCodec() {
    }

    static String encode(List<Sibling> siblings) {
        StringBuilder sb = new StringBuilder();
        for (Sibling s : siblings) {
            sb.append(s.path() == null ? NULL : clean(s.path())).append(FIELD)
                    .append(s.order() == null ? NULL : s.order().toString()).append(FIELD)
                    .append(s.subtopic() == null ? NULL : clean(s.subtopic())).append(RECORD);
        }
        return sb.toString();
    }

    static Entry[] decode(String encoded) {
        if (encoded.isEmpty()) {
            return new Entry[0];
        }
        String[] records = encoded.split(String.valueOf(RECORD), -1);
        Entry[] out = new Entry[records.length - 1];
        for (int i = 0; i < out.length; i++) {
            String[] f = records[i].split(String.valueOf(FIELD), -1);
            out[i] = new Entry(NULL.equals(f[0]) ? null : f[0], NULL.equals(f[1]) ? null : Integer.valueOf(f[1]),
                    NULL.equals(f[2]) ? null : f[2]);
        }
        return out;
    }

    private static String clean(String text) {
        return text.replace(FIELD, ' ').replace(RECORD, ' ').replace('\u0000', ' ');
    }
}
