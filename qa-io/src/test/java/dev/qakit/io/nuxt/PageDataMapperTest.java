package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.json.PageJson;
import dev.qakit.model.JsonNull;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

/** Type mismatches are problems at the member's pointer and slot, and the bad value is kept. */
class PageDataMapperTest {
    private static final String TEXT = "[{\"data\":1},[\"ShallowReactive\",2],{\"qa-/x\":3},{\"page\":4,\"siblings\":12,\"blog\":13},"
            + "{\"title\":5,\"order\":6,\"questions\":7,\"difficulty\":11},\"T\",\"1\",[8],{\"id\":9,\"difficulty\":10},\"q1\","
            + "\"expert\",\"hard\",[],null]";
    private static final String ENTRY = "{\"page\":{\"title\":\"T\",\"order\":\"1\",\"questions\":[{\"id\":\"q1\","
            + "\"difficulty\":\"expert\"}],\"difficulty\":\"hard\"},\"siblings\":[],\"blog\":null}";

    /** The slots of TEXT as the payload decoder locates them, the text starting at line:column. */
    private static PayloadSlots slots(int line, int column) {
        return new PayloadSlots(DevalueCodec.builder().tags(NuxtTags.all()).build().read(TEXT, "p.json").sourceMap(), line, column);
    }

    private static int columnOf(String slotText) {
        return TEXT.indexOf(slotText) + 1;
    }

    @Test
    void aStringWhereANumberBelongsIsAProblemAtItsPointerAndSlot() {
        ReadResult<PageData> r = PageDataMapper.map(TestJson.parse(ENTRY), "p.json", "/data/qa-~1x", slots(1, 1));
        assertThat(r.problems()).containsExactly(Problem.error("page.order-type",
                "'order' must be a whole number, found the string \"1\"",
                new SourceLocation("p.json", 1, columnOf("\"1\""), "/data/qa-~1x/page/order@6")));
        PageData d = r.value().orElseThrow();
        // the component holds what the Markdown reader makes of the same value; the raw value is kept
        assertThat(d.page().order()).isEqualTo(1);
        assertThat(d.page().extra()).containsEntry("order", "1");
        // a well-typed but invalid difficulty is kept for validation, not reported here
        assertThat(d.page().questions().get(0).difficulty()).isEqualTo("expert");
        assertThat(d.blog()).isEqualTo(JsonNull.INSTANCE);
        // the bad value is written back in its place
        assertThat(PageJson.standard().toJson(d)).contains("\"order\":\"1\"");
    }

    @Test
    void theSourceMapIsRelativeToTheEntry() {
        ReadResult<PageData> r = PageDataMapper.map(TestJson.parse(ENTRY), "p.json", "/data/qa-~1x", slots(3, 10));
        SourceLocation id = r.sourceMap().locate("/page/questions/0/id");
        assertThat(id).isEqualTo(new SourceLocation("p.json", 3, 10 + columnOf("\"q1\"") - 1, "/page/questions/0/id"));
        assertThat(r.sourceMap().locate("/page/questions/0/nothing").column()).isEqualTo(10 + columnOf("{\"id\":9") - 1);
    }

    @Test
    void questionsThatAreNotAListAreKeptRaw() {
        ReadResult<PageData> r = PageDataGraph.fromGraph(TestJson.parse("{\"page\":{\"questions\":{\"a\":1}},\"siblings\":[]}"), "s");
        assertThat(r.problems()).extracting(Problem::ruleId, Problem::message, p -> p.location().pointer())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page.questions-type",
                        "'questions' must be a list of {id, difficulty, q, a} objects, found an object", "/page/questions"));
        assertThat(r.value().orElseThrow().page().questions()).isEmpty();
        assertThat(r.value().orElseThrow().page().extra()).containsKey("questions");
    }

    @Test
    void aQuestionThatIsNotAnObject() {
        ReadResult<PageData> r = PageDataGraph.fromGraph(TestJson.parse("{\"page\":{\"questions\":[{\"id\":\"a\"},7]}}"), "s");
        assertThat(r.problems()).extracting(Problem::message, p -> p.location().pointer()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("question 1 must be an object {id, difficulty, q, a}, found the number 7",
                        "/page/questions/1"));
    }

    @Test
    void aNumberWhereAStringBelongsInAQuestion() {
        ReadResult<PageData> r = PageDataGraph.fromGraph(TestJson.parse(
                "{\"page\":{\"questions\":[{\"id\":5,\"difficulty\":\"easy\",\"q\":\"Q\",\"a\":\"A\"}]}}"), "s");
        assertThat(r.problems()).extracting(Problem::message, p -> p.location().pointer()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("'id' must be a string, found the number 5", "/page/questions/0/id"));
        assertThat(r.value().orElseThrow().page().questions().get(0).extra()).containsEntry("id", 5.0);
        assertThat(PageJson.standard().toJson(r.value().orElseThrow())).contains("{\"id\":5,\"difficulty\":\"easy\",\"q\":\"Q\",\"a\":\"A\"}");
    }

    @Test
    void anEntryThatIsNotAPageFails() {
        ReadResult<PageData> r = PageDataGraph.fromGraph(TestJson.parse("[1,2]"), "s");
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Problem::ruleId).containsExactly("nuxt.not-a-page");
    }

    @Test
    void anUnknownBodyTypeKeepsTheBodyRaw() {
        ReadResult<PageData> r = PageDataGraph.fromGraph(TestJson.parse("{\"page\":{\"body\":{\"type\":\"html\",\"value\":\"<p>\"}}}"), "s");
        assertThat(r.problems()).extracting(Problem::message).containsExactly("body 'type' must be 'minimark' or 'root', found the string \"html\"");
        assertThat(r.value().orElseThrow().page().body()).isNull();
        assertThat(r.value().orElseThrow().page().extra()).containsKey("body");
    }
}
