// The program under Spring Boot 3's dependency management: it runs, gives the same answers, and ran
// with the versions Spring Boot brings (Spring Boot 3.5 manages Jackson 2 only (com.fasterxml), so qakit's Jackson 3 stays).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('consumer: examples: 0 errors, 0 warnings in 6 files')
assert log.contains('consumer: examples-broken: 3 errors, 3 warnings in 3 files')
assert log.contains("question id 'hide-endpoint' is already used by question 2; ids must be unique within a page [question.id-unique]")
assert log.contains('consumer: rendered /fastapi/fundamentals/async-basics as ')
assert log.contains('consumer: org.hibernate.validator.HibernateValidator from hibernate-validator-8.0.3.Final.jar')
assert log.contains('consumer: jakarta.validation.Validator from jakarta.validation-api-3.0.2.jar')
assert log.contains('consumer: tools.jackson.core.JsonParser from jackson-core-3.1.7.jar')
return true
