package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesStringsAndLayoutAsJsonStringifyWithTwoSpaces() throws IOException {
        String message = "tab\tbell\u0007 back\b form\f sep\u2028\u2029 lone\ud800 low\udfff pair\ud83d\ude00 \"q\" \\ </script>";
        StringBuilder out = new StringBuilder();
        JsonWriter w = new JsonWriter(out);
        w.beginObject().member("message", message).endObject();
        w.finish();
        // node -e 'console.log(JSON.stringify({message: "<the same string>"}, null, 2))'
        assertThat(out).hasToString("{\n  \"message\": \"tab\\tbell\\u0007 back\\b form\\f sep\u2028\u2029 lone\\ud800 low\\udfff"
                + " pair\ud83d\ude00 \\\"q\\\" \\\\ </script>\"\n}\n");
    }
}
