package dev.qakit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b#c", "http://x", "mailto:a@b.c", "/fastapi/x", "../x.html", "x.html",
        "#frag", "?q=1", "HTTPS://EXAMPLE.COM", "a/b:c"})
    void keeps(String url) {
        assertThat(UrlPolicy.isSafe(url)).isTrue();
        assertThat(UrlPolicy.sanitize(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "\u0000javascript:x", "java\tscript:x",
        "java\nscript:x", "vbscript:msgbox", "data:text/html,<script>x</script>", "data:image/png;base64,AAAA", "file:///etc/passwd",
        "ftp://x", "blob:https://x/1", "x:y"})
    void blocks(String url) {
        assertThat(UrlPolicy.isSafe(url)).isFalse();
        assertThat(UrlPolicy.sanitize(url)).isEqualTo(UrlPolicy.BLOCKED);
    }
}
