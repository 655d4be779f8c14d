package dev.qakit.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteGeneratorTest {
    private static List<SyntheticPage> tree(long seed, int pages, int defectEvery, List<Defect> defects) {
        List<SyntheticPage> out = new ArrayList<>();
        new SiteGenerator(seed).tree(pages, defectEvery, (page, body, defect) -> {
            out.add(page);
            defects.add(defect);
        });
        return out;
    }

    @Test
    void theSameSeedGivesTheSamePages() {
        assertThat(tree(7, 300, 50, new ArrayList<>())).isEqualTo(tree(7, 300, 50, new ArrayList<>()));
        assertThat(new SiteGenerator(7).hugePage(50_000)).isEqualTo(new SiteGenerator(7).hugePage(50_000));
    }

    @Test
    void anotherSeedGivesOtherPages() {
        assertThat(tree(7, 50, 0, new ArrayList<>()).get(0).questions())
                .isNotEqualTo(tree(8, 50, 0, new ArrayList<>()).get(0).questions());
    }

    @Test
    void aPageDoesNotDependOnHowManyPagesAreGenerated() {
        assertThat(tree(7, 40, 0, new ArrayList<>()).subList(0, 20)).isEqualTo(tree(7, 20, 0, new ArrayList<>()));
    }

    @Test
    void stemsAreUniqueAndRoutesAreTheirSlugs() {
        List<SyntheticPage> pages = tree(3, 2_000, 0, new ArrayList<>());
        Set<String> stems = new HashSet<>();
        for (SyntheticPage page : pages) {
            assertThat(stems.add(page.stem())).as(page.stem()).isTrue();
            assertThat(page.stem()).matches("[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+");
            assertThat(page.path()).isEqualTo(dev.qakit.model.ContentPaths.routeOf(page.stem()));
            assertThat(page.order()).isBetween(1, 20);
            assertThat(page.questions()).hasSizeBetween(3, 8);
        }
    }

    @Test
    void questionIdsAreUniqueSlugsWithinAPage() {
        for (SyntheticPage page : tree(5, 200, 0, new ArrayList<>())) {
            assertThat(page.questions()).extracting(SyntheticQuestion::id).doesNotHaveDuplicates()
                    .allMatch(id -> id.matches("[a-z0-9]+(?:-[a-z0-9]+)*"));
        }
    }

    @Test
    void oneDefectPerIntervalCyclingThroughEveryKind() {
        List<Defect> defects = new ArrayList<>();
        List<SyntheticPage> pages = tree(11, 3_000, 500, defects);
        assertThat(defects.stream().filter(d -> d != Defect.NONE).toList()).containsExactly(
                Defect.BLANK_ANSWER, Defect.DUPLICATE_ID, Defect.BAD_DIFFICULTY, Defect.BAD_DATE,
                Defect.ZERO_ORDER, Defect.BLANK_QUESTION);
        assertThat(defects.get(250)).isEqualTo(Defect.BLANK_ANSWER);
        assertThat(pages.get(250).questions().get(1).a()).isEmpty();
        assertThat(pages.get(750).questions().get(1).id()).isEqualTo(pages.get(750).questions().get(0).id());
        assertThat(pages.get(1250).difficulty()).isEqualTo("expert");
        assertThat(pages.get(1750).updated()).isEqualTo("2026-02-30");
        assertThat(pages.get(2250).order()).isZero();
        assertThat(pages.get(2750).questions().get(1).q()).isEmpty();
    }

    @Test
    void aHugePageReachesItsSize() {
        SyntheticPage page = new SiteGenerator(1).hugePage(200_000);
        int chars = page.questions().stream().mapToInt(q -> q.a().length() + q.q().length()).sum();
        assertThat(chars).isBetween(150_000, 210_000);
        assertThat(page.questions()).extracting(SyntheticQuestion::id).doesNotHaveDuplicates();
    }

    @Test
    void placesTwentyPagesPerTopicAndSpreadsTopicsOverFrameworks() {
        assertThat(SiteGenerator.place(0, 10_000)).isEqualTo(new SiteGenerator.Placement("FastAPI", "Fundamentals", 1));
        assertThat(SiteGenerator.place(19, 10_000)).isEqualTo(new SiteGenerator.Placement("FastAPI", "Fundamentals", 20));
        assertThat(SiteGenerator.place(20, 10_000)).isEqualTo(new SiteGenerator.Placement("FastAPI", "Routing", 1));
        assertThat(SiteGenerator.place(200, 10_000)).isEqualTo(new SiteGenerator.Placement("Django", "Fundamentals", 1));
        assertThat(SiteGenerator.place(9_999, 10_000)).isEqualTo(new SiteGenerator.Placement("GraphQL", "Messaging", 20));
    }

    @Test
    void largeTreesRepeatFrameworksWithANumber() {
        assertThat(SiteGenerator.place(49_999, 100_000).framework()).isEqualTo("GraphQL");
        assertThat(SiteGenerator.place(50_000, 100_000)).isEqualTo(new SiteGenerator.Placement("FastAPI 2", "Fundamentals", 1));
        assertThat(SiteGenerator.place(99_999, 100_000)).isEqualTo(new SiteGenerator.Placement("GraphQL 2", "Tooling", 20));
    }
}
