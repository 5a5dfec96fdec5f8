/**
 * Runs a test against every database Dovetail supports: H2 and SQLite in process, and the machine's PostgreSQL
 * and MariaDB.
 *
 * <h2>Writing a test</h2>
 *
 * <pre>{@code
 * class StudentDaoTest {
 *   private SchoolDb db;
 *
 *   @BeforeEach
 *   void createTables(TestDatabase database) {   // also: Jdbi jdbi, Dialect dialect
 *     db = SchoolDb.create(database.jdbi(), database.dialect());
 *     db.createSchema();
 *   }
 *
 *   @DatabaseTest                                // runs as [h2], [postgresql], [mariadb] and [sqlite]
 *   void insertAssignsAnId() {
 *     assertNotNull(db.students().insert(new Student(null, "Ada")).id());
 *   }
 *
 *   @DatabaseTest(TestDatabase.Kind.H2)          // narrowed to some databases
 *   void somethingOnlyH2Does(Jdbi jdbi) { ... }
 * }
 * }</pre>
 *
 * <p>{@link dev.dovetail.testing.DatabaseTest @DatabaseTest} replaces {@code @Test}. The test method and the
 * class's {@code @BeforeEach}/{@code @AfterEach} methods may declare parameters of type
 * {@link dev.dovetail.testing.TestDatabase}, {@link org.jdbi.v3.core.Jdbi} and
 * {@link dev.dovetail.dialect.Dialect}.
 *
 * <h2>Isolation</h2>
 *
 * <ul>
 *   <li>Each test class gets its own databases: a new H2 in-memory database
 *       ({@code jdbc:h2:mem:dv_...;DB_CLOSE_DELAY=-1}), a new PostgreSQL schema
 *       ({@code CREATE SCHEMA dv_<seconds>_<random>}, connected to with {@code currentSchema=}), a new MariaDB
 *       database ({@code CREATE DATABASE dv_<seconds>_<random>}, {@code utf8mb4_bin}, connected to with
 *       {@code useAffectedRows=true}) and a new SQLite file ({@code <temporary folder>/dv_<seconds>_<random>.db}).
 *       Test classes, and test runs going on at the same time on one server, never see each other's tables.
 *   <li>The data source of a database hands out plain connections, as a user's pool would: SQLite's foreign keys
 *       are switched on by the runtime, not by the URL. {@link dev.dovetail.testing.TestDatabase#connect()}
 *       readies its connections the same way, so checks made with plain JDBC see the same rules.
 *   <li>Each test starts from an empty database: everything the previous test of the class created is
 *       dropped before it runs.
 *   <li>When the class is done, the H2 database is shut down, the schema dropped with {@code CASCADE}, the MariaDB
 *       database dropped and the SQLite file deleted. Schemas, databases and files left behind by a killed run
 *       are removed by a later run once they are six hours old.
 * </ul>
 *
 * <h2>Where PostgreSQL is</h2>
 *
 * <p>{@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}, no password, unless the system
 * properties {@code dovetail.pg.url}, {@code dovetail.pg.user}, {@code dovetail.pg.password} or the environment
 * variables {@code DOVETAIL_PG_URL}, {@code DOVETAIL_PG_USER}, {@code DOVETAIL_PG_PASSWORD} say otherwise.
 * When it does not answer:
 *
 * <ul>
 *   <li>with the environment variable {@code CI=true}, every PostgreSQL run of a test <em>fails</em>, saying
 *       how to start the server ({@code pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main
 *       start}) or where to point the tests instead;
 *   <li>elsewhere they are skipped, with the same words as the reason and in a banner on standard error.
 * </ul>
 *
 * <h2>Where MariaDB is</h2>
 *
 * <p>{@code jdbc:mariadb://127.0.0.1:3306/?sslMode=disable}, user {@code root}, no password, unless {@code dovetail.mariadb.url},
 * {@code dovetail.mariadb.user}, {@code dovetail.mariadb.password} or {@code DOVETAIL_MARIADB_URL},
 * {@code DOVETAIL_MARIADB_USER}, {@code DOVETAIL_MARIADB_PASSWORD} say otherwise. When it does not answer, its runs
 * fail with {@code CI=true}, saying how to start it
 * ({@code start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd}), and are skipped loudly
 * elsewhere, as PostgreSQL's are.
 *
 * <p>H2 and SQLite run always.
 *
 * <h2>Counting statements</h2>
 *
 * <p>{@link dev.dovetail.testing.CountingDataSource} wraps {@link
 * dev.dovetail.testing.TestDatabase#dataSource()} and records every statement prepared on its connections:
 *
 * <pre>{@code
 * CountingDataSource counting = new CountingDataSource(database.dataSource());
 * SchoolDb db = SchoolDb.create(Jdbi.create(counting), database.dialect());
 * counting.reset();
 * db.students().classesOf(students);
 * assertEquals(3, counting.count(), counting.statements()::toString);
 * }</pre>
 *
 * <h2>Using it from another module</h2>
 *
 * <p>The runtime module publishes these classes (and nothing else of its tests) as its test-jar, whose version
 * and scope the parent pom manages:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.dovetail</groupId>
 *   <artifactId>dovetail-runtime</artifactId>
 *   <type>test-jar</type>
 * </dependency>
 * }</pre>
 *
 * <p>with {@code junit-jupiter}, {@code h2}, {@code postgresql}, {@code mariadb-java-client} and {@code sqlite-jdbc}
 * on the test classpath. In a reactor build
 * ({@code mvn verify}, or {@code mvn test -pl tests -am}) Maven takes it from the runtime module's build output.
 */
package dev.dovetail.testing;
