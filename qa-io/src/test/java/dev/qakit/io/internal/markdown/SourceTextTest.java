package dev.qakit.io.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void asciiTextReadFromItsBytesIsTheTextReadFromItsChars() {
        Random random = new Random(20261208);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sb.append("ab -\n\r\t#".charAt(random.nextInt(8)));
            }
            String raw = sb.toString();
            SourceText chars = SourceText.of("t.md", raw);
            SourceText bytes = SourceText.ofAscii("t.md", raw, raw.getBytes(StandardCharsets.US_ASCII));
            assertThat(bytes.text()).as(raw).isEqualTo(chars.text());
            assertThat(bytes.ascii()).as(raw).isEqualTo(chars.text().getBytes(StandardCharsets.US_ASCII));
            assertThat(chars.ascii()).isNull();
            assertThat(bytes.lineCount()).as(raw).isEqualTo(chars.lineCount());
            for (int line = 1; line <= chars.lineCount(); line++) {
                assertThat(bytes.lineStart(line)).as(raw).isEqualTo(chars.lineStart(line));
            }
            for (int offset = 0; offset <= chars.text().length(); offset++) {
                assertThat(bytes.locate(offset)).as(raw).isEqualTo(chars.locate(offset));
            }
        }
    }

    @Test
    void refusesBytesThatAreNotTheText() {
        assertThatThrownBy(() -> SourceText.ofAscii("t.md", "ab", new byte[] {'a'})).isInstanceOf(IllegalArgumentException.class);
    }
}
