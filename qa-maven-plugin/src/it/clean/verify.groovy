// The clean project passes and writes the reports it was asked for.
def log = new File(basedir, 'build.log').text
assert log.contains('qa:validate: no problems in 2 files')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/qa/qa-text.txt').text == 'no problems in 2 files\n'
assert new File(basedir, 'target/qa/qa.sarif').text.contains('"version": "2.1.0"')
// the cache asked for is written, and keeps itself out of git
assert new File(basedir, 'target/qa-cache/validate-results.bin').length() > 0
assert new File(basedir, 'target/qa-cache/.gitignore').text.contains('*')
return true
