package com.example.consumer;

import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.Unit;
import dev.qakit.model.PageData;
import dev.qakit.render.html.HtmlRenderer;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a user's application does with qakit: validates the folders it is given, reads the pages
 * of the first and renders one as HTML, then says which jars it ran with.
 */
public final class Consumer {
    private Consumer() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        ContentValidator validator = ContentValidator.builder().build();
        for (String arg : args) {
            Path folder = Path.of(arg);
            ValidationResult result = validator.validate(List.of(folder));
            result.problems().forEach(p -> System.out.println(p.format()));
            System.out.println("consumer: " + folder.getFileName() + ": " + result.errorCount() + " errors, "
                    + result.warningCount() + " warnings in " + result.files().size() + " files");
        }
        try (Stream<Unit> units = InputReader.builder().build().plan(List.of(Path.of(args[0]))).units()) {
            PageData page = units.flatMap(u -> u.pageData().stream()).findFirst().orElseThrow();
            String html = HtmlRenderer.builder().build().render(page);
            System.out.println("consumer: rendered " + page.page().path() + " as " + html.length() + " characters of HTML");
        }
        Module module = ContentValidator.class.getModule();
        System.out.println("consumer: qakit is " + (module.isNamed() ? "the module " + module.getName() : "on the class path")
                + "; jakarta.el is " + (ModuleLayer.boot().findModule("jakarta.el").isPresent() ? "present" : "absent"));
        for (String type : List.of("org.hibernate.validator.HibernateValidator", "jakarta.validation.Validator",
                "tools.jackson.core.JsonParser")) {
            Path jar = Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().getPath());
            System.out.println("consumer: " + type + " from " + jar.getFileName());
        }
    }
}
