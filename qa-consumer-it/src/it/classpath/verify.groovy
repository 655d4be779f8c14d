// The same program on the class path, with the versions qakit is built with.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('consumer: qakit is on the class path; jakarta.el is absent')
assert log.contains('consumer: examples: 0 errors, 0 warnings in 6 files')
assert log.contains('consumer: examples-broken: 3 errors, 3 warnings in 3 files')
assert log.contains("question id 'hide-endpoint' is already used by question 2; ids must be unique within a page [question.id-unique]")
assert log.contains('consumer: rendered /fastapi/fundamentals/async-basics as ')
assert log.contains('consumer: org.hibernate.validator.HibernateValidator from hibernate-validator-9.1.6.Final.jar')
return true
