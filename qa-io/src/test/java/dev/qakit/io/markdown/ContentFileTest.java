package dev.qakit.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFileTest {

    @Test
    void numericPrefixIsKeptInStemAndDroppedFromPath() {
        ContentFile f = new ContentFile("qa", "spring-boot/data/1.jpa-transactions.md");
        assertThat(f.id()).isEqualTo("qa/spring-boot/data/1.jpa-transactions.md");
        assertThat(f.stem()).isEqualTo("spring-boot/data/1.jpa-transactions");
        assertThat(f.path()).isEqualTo("/spring-boot/data/jpa-transactions");
        assertThat(f.extension()).isEqualTo("md");
        assertThat(new ContentFile("content", "1.intro.md").path()).isEqualTo("/intro");
        assertThat(new ContentFile("content", "2.guide/1.intro.md").path()).isEqualTo("/guide/intro");
    }

    @Test
    void indexFilesNameTheirFolder() {
        ContentFile f = new ContentFile("qa", "go/concurrency/index.md");
        assertThat(f.stem()).isEqualTo("go/concurrency/index");
        assertThat(f.path()).isEqualTo("/go/concurrency");
        assertThat(new ContentFile("content", "index.md").path()).isEqualTo("/");
        assertThat(new ContentFile("content", "index.md").id()).isEqualTo("content/index.md");
    }

    @Test
    void nestedFoldersAndPartials() {
        ContentFile f = new ContentFile("content", "a/b/c/Deep Page.md");
        assertThat(f.stem()).isEqualTo("a/b/c/Deep Page");
        assertThat(f.path()).isEqualTo("/a/b/c/deep-page");
        assertThat(f.isPartial()).isFalse();
        assertThat(new ContentFile("content", "a/_snippet.md").isPartial()).isTrue();
        assertThat(new ContentFile("content", "_shared/x.md").isPartial()).isTrue();
    }

    @Test
    void fromPaths(@TempDir Path tmp) {
        ContentFile f = ContentFile.of("qa", tmp, tmp.resolve("go/concurrency/channels.md"));
        assertThat(f.relativePath()).isEqualTo("go/concurrency/channels.md");
        assertThatThrownBy(() -> ContentFile.of("qa", tmp.resolve("a"), tmp.resolve("b/x.md"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentFile("qa", "/abs.md")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentFile("q/a", "x.md")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findRootPrefersTheNearestContentFolder(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("site/content/go/content-notes/x.md");
        Files.createDirectories(file.getParent());
        assertThat(ContentFile.findRoot(file.getParent(), tmp)).isEqualTo(tmp.resolve("site/content").toAbsolutePath().normalize());
        Path loose = tmp.resolve("notes/go/x.md");
        Files.createDirectories(loose.getParent());
        assertThat(ContentFile.findRoot(loose.getParent(), tmp.resolve("notes"))).isEqualTo(tmp.resolve("notes").toAbsolutePath());
        assertThat(ContentFile.findRoot(loose.getParent(), tmp.resolve("elsewhere"))).isEqualTo(loose.getParent().toAbsolutePath());
    }

    @Test
    void aQaYamlMarksTheRootUnlessAContentFolderLiesInsideIt(@TempDir Path tmp) throws IOException {
        Path exported = Files.createDirectories(tmp.resolve("exported/go/basics"));
        Files.writeString(tmp.resolve("exported/qa.yaml"), "collection: qa\n");
        assertThat(ContentFile.findRoot(exported, exported)).isEqualTo(tmp.resolve("exported").toAbsolutePath());
        Path project = Files.createDirectories(tmp.resolve("project/content/go"));
        Files.writeString(tmp.resolve("project/qa.yaml"), "");
        assertThat(ContentFile.findRoot(project, project)).isEqualTo(tmp.resolve("project/content").toAbsolutePath());
    }
}
