// Run by maven-invoker-plugin after the example's builds: the migration file is there, and the database's
// history table holds it (read through dovetail:history and dovetail:current, in the build log).
def v1 = new File(basedir, 'src/main/resources/db/migration/V1__create_the_schema.sql')
assert v1.isFile() : "dovetail:init did not write ${v1}"
assert v1.text.contains('CREATE TABLE') : "V1 creates no table:\n${v1.text}"
assert new File(basedir, 'target/school.mv.db').isFile() : 'dovetail:upgrade made no H2 database under target/'

def log = new File(basedir, 'build.log').text
assert log.contains('applying V1__create_the_schema.sql') : 'dovetail:upgrade printed no line for V1'
assert log.contains('ok: the migrations capture the model and the database has them all') : 'dovetail:check did not pass'
assert log.contains('no changes: the model is what the newest migration') : 'dovetail:migrate wrote a file for no change'
assert log =~ /V1\s+\S+ \S+\s+\d+\s+applied\s+SQL\s+V1__create_the_schema\.sql/ : 'the history table does not hold V1'
assert log.contains('V1 (create the schema), up to date') : 'dovetail:current does not report V1'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0') : 'the example test did not run'
assert !new File(basedir, 'src/main/resources/db/migration').list().any { it.startsWith('V2') } : 'a V2 was written'
assert log.contains('the database is behind; not applied yet (run mvn dovetail:upgrade)') : 'the check of a database behind did not fail'
return true
