package dev.qakit.validate;

import static dev.qakit.validate.Fixture.located;
import static dev.qakit.validate.Fixture.page;
import static dev.qakit.validate.Fixture.read;
import static dev.qakit.validate.Fixture.siblings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules that compare pages: each at its exact location, naming the other page's location. */
class SiteRulesTest {
    private static ContentValidator validator;

    @BeforeAll
    static void bootstrap() {
        validator = ContentValidator.builder().build();
    }

    private static ValidationResult validate(Object... reads) {
        ValidationRun run = validator.newRun();
        for (Object r : reads) {
            @SuppressWarnings("unchecked")
            dev.qakit.io.ReadResult<PageData> read = (dev.qakit.io.ReadResult<PageData>) r;
            run.add(read);
        }
        return run.finish();
    }

    @Test
    void duplicatePathsAndIdsAreReportedAtTheLaterFile() {
        ValidationResult r = validate(
                read("b.md", page("/t/a", 2, "y").build()),
                read("a.md", page("/t/a", 1, "x").build()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "b.md:1:7 site.duplicate-id id 'qa/t/a.md' is also the id of a.md:1:7",
                "b.md:2:7 site.duplicate-path path '/t/a' is also the path of a.md:2:7");
    }

    @Test
    void pagesOfDifferentSitesMayShareAPath() {
        ValidationRun run = validator.newRun();
        run.add("content", read("content/t/a.md", page("/t/a", 1, "x").build()));
        run.add("site", read("site/t/a/_payload.json", page("/t/a", 1, "x").build()));
        assertThat(run.finish().problems()).isEmpty();
    }

    @Test
    void ordersWithinATopicAreUniqueAndWithoutGaps() {
        ValidationResult r = validate(
                read("a.md", page("/t/a", 1, "a").build()),
                read("b.md", page("/t/b", 1, "b").build()),
                read("c.md", page("/t/c", 4, "c").build()),
                read("d.md", page("/u/d", 2, "d").build()),
                read("e.md", page("/u/e", 3, "e").build()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "b.md:3:7 topic.order-duplicate order 1 in topic '/t' is also the order of a.md:3:7",
                "c.md:3:7 topic.order-gap orders in topic '/t' skip from 1 to 4; expected 2 to 3",
                "d.md:3:7 topic.order-gap orders in topic '/u' start at 2; expected 1");
        assertThat(r.warningCount()).isEqualTo(2);
        assertThat(r.errorCount()).isEqualTo(1);
    }

    @Test
    void aLonePageIsNotCheckedForGaps() {
        assertThat(validate(read("c.md", page("/t/c", 3, "c").build())).problems()).isEmpty();
    }

    @Test
    void questionIdsRepeatedAcrossATopicAreWarnings() {
        ValidationResult r = validate(
                read("a.md", page("/t/a", 1, "shared", "own").build()),
                read("b.md", page("/t/b", 2, "other", "shared").build()),
                read("c.md", page("/u/c", 1, "shared").build()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.severity().label() + " " + p.ruleId() + " " + p.message())
                .containsExactly("b.md:33:9 warning topic.question-id-repeated question id 'shared' is also used at a.md:30:9"
                        + " in the same topic '/t'",
                        "b.md:34:9 warning lint.duplicate-question-text the same question text as question 1 at a.md:31:9"
                        + " (same topic '/t')");
    }

    @Test
    void theSameQuestionTextTwiceInATopicIsALint() {
        Question q1 = Question.of("one", "easy", "What is  ASGI?", "A.");
        Question q2 = Question.of("two", "easy", "what is asgi?", "B.");
        ValidationResult r = validate(
                read("a.md", page("/t/a", 1).questions(List.of(q1)).questionsCount(null).build()),
                read("b.md", page("/t/b", 2).questions(List.of(Fixture.question("x"), q2)).questionsCount(null).build()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "b.md:34:9 lint.duplicate-question-text the same question text as question 1 at a.md:31:9 (same topic '/t')");
    }

    @Test
    void siblingsNameExistingPagesListEveryPageAndAgreeWithThem() {
        PageData a = PageData.of(page("/t/a", 1, "a").subtopic("Page /t/a").build(),
                siblings("/t/a@1", "/t/b@3", "/t/gone@4"));
        PageData b = PageData.of(page("/t/b", 2, "b").subtopic("Page /t/b").build(), siblings("/t/a@1", "/t/b@2", "/t/c@3"));
        PageData c = PageData.of(page("/t/c", 3, "c").subtopic("Page /t/c").build(), List.of());
        ValidationResult r = validate(read("a.json", a), read("b.json", b), read("c.json", c));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " " + p.message()).containsExactly(
                "a.json:7:1 siblings.incomplete siblings leave out '/t/c', a page of topic '/t' (c.json:2:7)",
                "a.json:11:9 siblings.mismatch sibling '/t/b' has order 3 but that page's order is 2 (b.json:3:7)",
                "a.json:12:9 siblings.missing-page sibling '/t/gone' names no page of this site");
    }

    @Test
    void internalLinksInAnswersResolveToPagesAndQuestions() {
        Question linking = Question.of("links", "easy", "Where?", String.join("\n",
                "See [async](/t/b#what-is-async), [top](/t/b), [self](#links),",
                "[nowhere](/t/none) and [bad anchor](/t/b#nope) and [out](https://example.com/t/none)."));
        ValidationResult r = validate(
                read("a.md", page("/t/a", 1).questions(List.of(linking)).questionsCount(null).build()),
                read("b.md", page("/t/b", 2, "what-is-async").build()));
        assertThat(r.problems()).extracting(Problem::ruleId, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("link.page-not-found", "link '/t/none' names no page of this site"),
                org.assertj.core.groups.Tuple.tuple("link.anchor-not-found",
                        "link '/t/b#nope' names no question or heading 'nope' of '/t/b'; its anchors are [what-is-async]"));
        assertThat(located(r)).containsExactly("a.md:33:9 link.page-not-found", "a.md:33:32 link.anchor-not-found");
    }

    @Test
    void linksOfALonePageAreCheckedOnlyAgainstItself() {
        Question linking = Question.of("links", "easy", "Where?", "[elsewhere](/t/b) and [here](#nope)");
        ValidationResult r = validate(read("a.md", page("/t/a", 1).questions(List.of(linking)).questionsCount(null).build()));
        assertThat(located(r)).containsExactly("a.md:32:31 link.anchor-not-found");
    }

    @Test
    void aProblemThatNamesAnotherPlaceCarriesIt() {
        PageData a = PageData.of(page("/t/a", 1, "shared", "own", "own").subtopic("Page /t/a").build(),
                siblings("/t/a@1", "/t/b@3"));
        PageData b = PageData.of(page("/t/b", 2, "other", "shared").subtopic("Page /t/b").build(), List.of());
        ValidationResult r = validate(read("a.json", a), read("b.json", b), read("c.json", page("/t/a", 3, "c").build()));
        assertThat(r.problems()).extracting(p -> p.location() + " " + p.ruleId() + " -> " + p.related()
                .stream().map(l -> l + " " + l.pointer()).toList()).containsExactly(
                "a.json:11:9 siblings.mismatch -> [b.json:3:7 /page/order]",
                "a.json:36:9 question.id-unique -> [a.json:33:9 /page/questions/1/id]",
                "a.json:37:9 lint.duplicate-question-text -> [a.json:34:9 /page/questions/1/q]",
                "b.json:33:9 topic.question-id-repeated -> [a.json:30:9 /page/questions/0/id]",
                "b.json:34:9 lint.duplicate-question-text -> [a.json:31:9 /page/questions/0/q]",
                "c.json:1:7 site.duplicate-id -> [a.json:1:7 /page/id]",
                "c.json:2:7 site.duplicate-path -> [a.json:2:7 /page/path]");
    }
}
