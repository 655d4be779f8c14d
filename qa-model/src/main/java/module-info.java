/**
 * The qakit content model: immutable records for question pages and the Jakarta Bean
 * Validation constraints that describe a valid page, plus the one problem type that every
 * other qakit module reports with.
 */
// The qualified export below names modules built after this one; javac cannot see them here.
@SuppressWarnings("module")
module dev.qakit.model {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports dev.qakit.model;
    exports dev.qakit.model.problem;
    exports dev.qakit.model.constraints;
    // For qakit's own modules only, not API: the page schema (readers, writers, validator) and
    // the one JSON string escaper.
    exports dev.qakit.model.internal to dev.qakit.io, dev.qakit.render, dev.qakit.validate;

    // Bean Validation providers read record fields reflectively; the qualified form
    // ("opens ... to org.hibernate.validator") would name a module this one cannot see.
    opens dev.qakit.model;
}
