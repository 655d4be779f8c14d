// qa:help lists the validate goal with each parameter's user property, so -Dqa.… is discoverable.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('qa:validate')
['qa.contentDirectory', 'qa.failOnError', 'qa.maxWarnings', 'qa.formats', 'qa.config', 'qa.cacheLocation', 'qa.skip'].each {
    assert log.contains("User property: ${it}") : it
}
return true
