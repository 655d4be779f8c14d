/**
 * The qakit content model: immutable records for question pages and the Jakarta Bean
 * Validation constraints that describe a valid page, plus the one problem type that every
 * other qakit module reports with.
 */
module dev.qakit.model {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports dev.qakit.model;
    exports dev.qakit.model.problem;
    exports dev.qakit.model.constraints;

    // Bean Validation providers read record fields reflectively; the qualified form
    // ("opens ... to org.hibernate.validator") would name a module this one cannot see.
    opens dev.qakit.model;
}
