// Both modules of the reactor pass from its root: the payload module reads its payload (no
// io.read-failed) and names it relative to its own folder, as it does when built alone.
def log = new File(basedir, 'build.log').text
assert !log.contains('io.read-failed')
assert !log.contains('HV000001')  // Maven-native logging only
assert log.contains('BUILD SUCCESS')
assert log.contains('qa:validate: no problems in 2 files')
// once from the reactor's root, once with the module built alone: the same line both times
def warning = '[WARNING] public/fastapi/fundamentals/async-basics/_payload.json:1:12530: warning: code fence without a language'
assert log.count(warning) == 2
assert log.count('qa:validate: 0 errors, 1 warning in 1 of 1 file') == 2
assert new File(basedir, 'site/target/qa/qa.json').text.contains('"public/fastapi/fundamentals/async-basics/_payload.json"')
return true
