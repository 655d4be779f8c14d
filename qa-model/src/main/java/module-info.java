/**
 * The qakit content model: immutable records for question pages and the Jakarta Bean
 * Validation constraints that describe a valid page, plus the one problem type that every
 * other qakit module reports with.
 */
@SuppressWarnings("module") // see the qualified export
module dev.qakit.model {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports dev.qakit.model;
    exports dev.qakit.model.problem;
    exports dev.qakit.model.constraints;
    // Shared helpers (the one JSON string escaper), for qakit's own modules only. Those modules
    // depend on this one, so javac cannot see them here and would warn "module not found".
    exports dev.qakit.model.internal to dev.qakit.io, dev.qakit.render, dev.qakit.validate;

    // Bean Validation providers read record fields reflectively; the qualified form
    // ("opens ... to org.hibernate.validator") would name a module this one cannot see.
    opens dev.qakit.model;
}
