// Compiled and run on the module path from `requires dev.qakit.validate;` alone: no add-modules flag,
// no expression language (Hibernate Validator's HV000183 would stop the run), the same answers as
// qa validate gives on the examples.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('HV000183')
assert log.contains('consumer: qakit is the module dev.qakit.validate; jakarta.el is absent')
assert log.contains('consumer: examples: 0 errors, 0 warnings in 6 files')
assert log.contains('consumer: examples-broken: 3 errors, 3 warnings in 3 files')
assert log.contains("question id 'hide-endpoint' is already used by question 2; ids must be unique within a page [question.id-unique]")
assert log.contains('consumer: rendered /fastapi/fundamentals/async-basics as ')
return true
