package dev.qakit.io.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "*.md, a.md, true",
        "*.md, x/a.md, false",
        "**/*.md, a.md, true",
        "**/*.md, x/y/a.md, true",
        "drafts/**, drafts/a/b.md, true",
        "drafts/**, other/drafts/a.md, false",
        "**/drafts/**, other/drafts/a.md, true",
        "a?.md, ab.md, true",
        "a?.md, a/.md, false",
        "'*.{md,json}', x.json, true",
        "'*.{md,json}', x.yaml, false",
        "/top.md, top.md, true",
        "a+b.md, a+b.md, true",
    })
    void matches(String glob, String path, boolean expected) {
        assertThat(Glob.compile(glob).matches(path)).isEqualTo(expected);
    }
}
