package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

class MarkdownPageWriterTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static Map<String, Object> frontmatter(String markdown) {
        assertThat(markdown).startsWith("---\n");
        int end = markdown.indexOf("\n---\n");
        return YAML.readValue(markdown.substring(4, end + 1), new TypeReference<Map<String, Object>>() { });
    }

    private static List<SyntheticPage> pages(int count) {
        List<SyntheticPage> pages = new ArrayList<>();
        new SiteGenerator(42).tree(count, 0, (page, body, defect) -> pages.add(page));
        return pages;
    }

    @Test
    void frontmatterReadsBackAsThePage() {
        for (SyntheticPage page : pages(100)) {
            Map<String, Object> fm = frontmatter(MarkdownPageWriter.write(page, ""));
            assertThat(fm).containsEntry("title", page.title()).containsEntry("framework", page.framework())
                    .containsEntry("frameworkSlug", page.frameworkSlug()).containsEntry("topic", page.topic())
                    .containsEntry("topicSlug", page.topicSlug()).containsEntry("subtopic", page.subtopic())
                    .containsEntry("order", page.order()).containsEntry("difficulty", page.difficulty())
                    .containsEntry("updated", page.updated()).containsEntry("seoDescription", page.seoDescription());
            List<Object> questions = Graphs.list(fm.get("questions"));
            assertThat(questions).hasSize(page.questions().size());
            for (int i = 0; i < questions.size(); i++) {
                SyntheticQuestion q = page.questions().get(i);
                assertThat(Graphs.map(questions.get(i))).containsExactly(Map.entry("id", (Object) q.id()),
                        Map.entry("difficulty", (Object) q.difficulty()), Map.entry("q", (Object) q.q()), Map.entry("a", (Object) q.a()));
            }
        }
    }

    @Test
    void blankValuesAreWrittenQuoted() {
        SyntheticPage page = pages(1).get(0);
        SyntheticPage defective = Defect.BLANK_ANSWER.apply(Defect.BLANK_QUESTION.apply(page))
                .with("", page.order(), page.difficulty(), page.updated());
        String markdown = MarkdownPageWriter.write(defective, "");
        assertThat(markdown).startsWith("---\ntitle: \"\"\n").contains("\n    q: \"\"\n    a: \"\"\n");
        Map<String, Object> fm = frontmatter(markdown);
        assertThat(fm).containsEntry("title", "");
        assertThat(Graphs.map(Graphs.list(fm.get("questions")).get(1))).containsEntry("q", "").containsEntry("a", "");
    }

    @Test
    void theBodyFollowsTheClosingFence() {
        String markdown = MarkdownPageWriter.write(pages(1).get(0), "## Overview\n\nText.\n");
        assertThat(markdown).endsWith("\n---\n\n## Overview\n\nText.\n");
    }
}
