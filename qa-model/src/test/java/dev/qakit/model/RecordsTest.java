package dev.qakit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records reject null collections and copy their inputs. */
class RecordsTest {

    @Test
    void pageCopiesQuestionsRelatedMetaAndExtra() {
        List<Question> questions = new ArrayList<>(List.of(Question.of("a", "easy", "Q?", "A.")));
        List<String> related = new ArrayList<>(List.of("/x"));
        Map<String, Object> meta = new LinkedHashMap<>(Map.of("k", "v"));
        Page page = Page.builder().questions(questions).related(related).meta(meta).build();
        questions.add(Question.of("b", "easy", "Q?", "A."));
        related.clear();
        meta.put("other", 1);
        assertThat(page.questions()).extracting(Question::id).containsExactly("a");
        assertThat(page.related()).containsExactly("/x");
        assertThat(page.meta()).containsOnlyKeys("k");
        assertThatThrownBy(() -> page.questions().add(Question.of("c", "easy", "Q?", "A.")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pageDataCopiesSiblings() {
        List<Sibling> siblings = new ArrayList<>(List.of(Sibling.of("A", "/a", 1)));
        PageData data = PageData.of(Page.builder().build(), siblings);
        siblings.add(Sibling.of("B", "/b", 2));
        assertThat(data.siblings()).hasSize(1);
    }

    @Test
    void extraKeepsInsertionOrderAndIsACopy() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("z", 1);
        extra.put("a", 2);
        Question q = new Question("a", "easy", "Q?", "A.", extra);
        extra.put("m", 3);
        assertThat(q.extra()).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
    }

    @Test
    void bodyNodeCopiesChildren() {
        List<BodyNode> children = new ArrayList<>(List.of(new BodyNode.Text("x")));
        BodyNode.Element e = new BodyNode.Element("p", Map.of(), children);
        children.add(new BodyNode.Text("y"));
        assertThat(e.children()).hasSize(1);
        assertThat(e.textContent()).isEqualTo("x");
    }

    @Test
    void nullCollectionsAreRejected() {
        assertThatThrownBy(() -> new PageData(Page.builder().build(), null, JsonNull.INSTANCE, Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Question("a", "easy", "Q", "A", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Sibling("A", "/a", 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Page.builder().questions(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Page.builder().meta(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Body("minimark", null, null, Map.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullElementsAreRejected() {
        List<Question> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Page.builder().questions(withNull).build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void requiredComponentsAreNamed() {
        assertThatThrownBy(() -> new PageData(null, List.of(), JsonNull.INSTANCE, Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("page");
    }
}
