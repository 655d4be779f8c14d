/** qakit validation: Bean Validation on records, site-wide rules, and reports. */
module dev.qakit.validate {
    requires transitive dev.qakit.model;
    requires transitive dev.qakit.io;
    requires static transitive org.jspecify;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires org.commonmark;
    requires hash4j;

    exports dev.qakit.validate;
    exports dev.qakit.validate.report;
}
