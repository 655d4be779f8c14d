// The broken project fails the build; the log shows every problem at its line and column.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/fastapi/basics/async.md:10:10: error: \'updated\' must be a real date written yyyy-MM-dd, such as \'2026-06-20\'; found \'2026-02-30\' [page.updated-date]')
assert log.contains('[ERROR] content/fastapi/basics/async.md:13:17: error: \'difficulty\' must be one of [easy, medium, hard]; found \'expert\' [question.difficulty]')
assert log.contains('[ERROR] content/fastapi/basics/async.md:16:11: error: link \'/fastapi/basics/typing#nope\'')
assert log.contains('[WARNING] content/fastapi/basics/typing.md:8:8: warning: orders in topic \'/fastapi/basics\' skip from 1 to 3; expected 2 [topic.order-gap]')
assert log.contains('4 content problems (3 errors, 1 warning) in 2 of 2 files')
assert log.contains('BUILD FAILURE')
['qa-text.txt', 'qa.sarif', 'qa.json', 'qa-junit.xml'].each { assert new File(basedir, "target/qa/$it").isFile() }
return true
