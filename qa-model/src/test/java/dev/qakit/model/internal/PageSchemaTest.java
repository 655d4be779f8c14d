package dev.qakit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.Body;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.Sibling;
import dev.qakit.model.Toc;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema describes every record component once, in the records' own order. */
class PageSchemaTest {

    static Stream<RecordSchema<?>> schemas() {
        return Stream.of(PageSchema.DATA, PageSchema.PAGE, PageSchema.QUESTION, PageSchema.SIBLING, PageSchema.SEO);
    }

    private static Class<?> recordOf(RecordSchema<?> schema) {
        return switch (schema.name()) {
            case "data" -> PageData.class;
            case "page" -> Page.class;
            case "question" -> Question.class;
            case "sibling" -> Sibling.class;
            default -> Seo.class;
        };
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyComponentButExtraIsAFieldInRecordOrder(RecordSchema<?> schema) {
        List<String> components = Arrays.stream(recordOf(schema).getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("extra")).toList();
        assertThat(schema.fields()).extracting(Field::component).containsExactlyElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void requiredFieldsAreTheOnesBeanValidationRequires(RecordSchema<?> schema) throws NoSuchFieldException {
        for (RecordComponent c : recordOf(schema).getRecordComponents()) {
            Field<?> f = schema.component(c.getName());
            // PageData's page is required by its constructor, not by a constraint
            if (f != null && !schema.name().equals("data")) {
                java.lang.reflect.Field javaField = recordOf(schema).getDeclaredField(c.getName());
                boolean constrained = javaField.isAnnotationPresent(NotNull.class) || javaField.isAnnotationPresent(NotBlank.class);
                assertThat(f.required()).as(f.toString()).isEqualTo(constrained);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void createPutsEachValueInItsComponent(RecordSchema<?> schema) {
        check(schema);
    }

    private static <R> void check(RecordSchema<R> schema) {
        Object[] values = schema.newValues();
        for (Field<R> f : schema.fields()) {
            values[schema.indexOf(f)] = sample(f);
        }
        R made = schema.create(values, Map.of("other", "kept"));
        List<Object> read = new ArrayList<>();
        for (Field<R> f : schema.fields()) {
            read.add(f.get(made));
        }
        assertThat(read).containsExactly(values);
        assertThat(schema.extra(made)).containsExactly(Map.entry("other", "kept"));
    }

    private static Object sample(Field<?> f) {
        return switch (f.type()) {
            case STRING -> "v-" + f.name();
            case INTEGER -> f.name().length();
            case MAP -> Map.of("k", f.name());
            case BOOLEAN_OR_MAP -> Navigation.HIDDEN;
            case STRING_LIST -> List.of("/a", "/b");
            case BODY -> Body.minimark(List.of(), Toc.of(List.of()));
            case OBJECT -> f.element() == PageSchema.SEO ? new Seo("t", "d", Map.of()) : Page.builder().title("p").build();
            case OBJECT_LIST -> f.element() == PageSchema.QUESTION ? List.of(Question.of("a", "easy", "q", "a"))
                    : List.of(Sibling.of("s", "/s", 1));
            case ANY -> "blog";
        };
    }

    @org.junit.jupiter.api.Test
    void payloadNamesRuleNamesAndTheDerivedKeyLists() {
        assertThat(PageSchema.PAGE.names()).containsExactly("id", "title", "body", "description", "difficulty", "extension",
                "framework", "frameworkSlug", "meta", "navigation", "order", "path", "questions", "questionsCount", "related",
                "seo", "seoDescription", "stem", "subtopic", "topic", "topicSlug", "updated", "__hash__");
        assertThat(PageSchema.QUESTION.names()).containsExactly("id", "difficulty", "q", "a");
        assertThat(PageSchema.QUESTION.shape()).isEqualTo("{id, difficulty, q, a}");
        assertThat(PageSchema.QUESTION.component("question")).isSameAs(PageSchema.QUESTION.field("q"));
        assertThat(PageSchema.QUESTION.field("q").typeRuleId()).isEqualTo("question.text-type");
        assertThat(PageSchema.PAGE.field("frameworkSlug").typeRuleId()).isEqualTo("page.framework-slug-type");
        assertThat(PageSchema.PAGE.field("__hash__").component()).isEqualTo("hash");
        assertThat(PageSchema.declaredKeys()).containsExactly("framework", "frameworkSlug", "topic", "topicSlug", "subtopic",
                "order", "difficulty", "updated", "seoDescription", "related", "questions", "questionsCount");
        assertThat(PageSchema.pageKeys()).containsExactly("title", "description", "navigation", "seo");
        assertThat(PageSchema.frontmatterOrder()).extracting(Field::name).containsExactly("title", "description", "framework",
                "frameworkSlug", "topic", "topicSlug", "subtopic", "order", "difficulty", "updated", "seoDescription",
                "navigation", "seo", "related", "meta", "questions");
    }
}
