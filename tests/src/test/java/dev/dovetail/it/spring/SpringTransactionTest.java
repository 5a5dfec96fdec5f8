package dev.dovetail.it.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.it.school.Course;
import dev.dovetail.it.school.SchoolDb;
import dev.dovetail.it.school.Student;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import dev.dovetail.testing.TestDatabase;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DAO calls inside a transaction Spring manages ({@link DataSourceTransactionManager} over the application's
 * data source, {@link TransactionTemplate}) join it, when the generated database is created on Spring's
 * {@link TransactionAwareDataSourceProxy} of that data source: Spring's rollback takes the DAO's writes away,
 * its commit keeps them.
 */
class SpringTransactionTest {

  /** What the README tells a Spring application to write: Spring's proxy (the dialect named, or not). */
  private static SchoolDb school(DataSource dataSource, TestDatabase database) {
    return SchoolDb.create(new TransactionAwareDataSourceProxy(dataSource), database.dialect());
  }

  /**
   * The application's data source. SQLite switches foreign keys on only outside a transaction, and Spring
   * begins its own before Dovetail sees the connection: the connection must be opened with them on.
   */
  private static DataSource applicationDataSource(TestDatabase database) {
    if (database.kind() != TestDatabase.Kind.SQLITE) {
      return database.dataSource();
    }
    DriverManagerDataSource sqlite = new DriverManagerDataSource(database.url());
    Properties properties = new Properties();
    properties.setProperty("foreign_keys", "true");
    sqlite.setConnectionProperties(properties);
    return sqlite;
  }

  @DatabaseTest
  void aSpringRollbackTakesTheDaoWritesAway(TestDatabase database) {
    DataSource dataSource = applicationDataSource(database);
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    SchoolDb db = school(dataSource, database);
    db.createSchema();
    Course maths = db.courses().insert(new Course(null, "Maths"));

    assertThrows(IllegalStateException.class, () -> transactions.executeWithoutResult(status -> {
      Student ada = db.students().insert(new Student(null, "Ada"));
      db.students().classes(ada).add(maths);
      assertEquals(1, db.students().count(), "the transaction sees its own insert");
      throw new IllegalStateException("the service fails after the DAO's writes");
    }));
    assertEquals(List.of(), db.students().findAll(), "the rollback removed the DAO's insert");
    assertEquals(0, db.courses().students(maths).count(), "and its link");

    transactions.executeWithoutResult(status -> {
      db.students().insert(new Student(null, "Ada"));
      status.setRollbackOnly();
    });
    assertEquals(0, db.students().count(), "setRollbackOnly() rolls the DAO's insert back too");
  }

  @DatabaseTest
  void aSpringCommitKeepsThem(TestDatabase database) {
    DataSource dataSource = applicationDataSource(database);
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    SchoolDb db = school(dataSource, database);
    db.createSchema();

    Student ada = transactions.execute(status -> {
      Student s = db.students().insert(new Student(null, "Ada"));
      db.students().classes(s).add(db.courses().insert(new Course(null, "Maths")));
      return s;
    });
    assertEquals(List.of(ada), db.students().findAll());
    assertEquals(List.of("Maths"), db.students().classes(ada).all().stream().map(Course::name).toList());
  }

  @DatabaseTest
  void theFirstCallAfterCreateJoinsToo(TestDatabase database) {
    DataSource dataSource = applicationDataSource(database);
    school(dataSource, database).createSchema();
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    // As a Spring bean: made at start-up, first used inside a transaction.
    SchoolDb db = school(dataSource, database);

    transactions.executeWithoutResult(status -> {
      db.students().insert(new Student(null, "Ada"));
      status.setRollbackOnly();
    });
    assertEquals(0, db.students().count(), "the first call ran in Spring's transaction, and was rolled back");
  }

  @DatabaseTest
  void withoutTheDialectTheFirstCallDetectsItOnTheConnectionOfSpringsTransaction(TestDatabase database) {
    school(applicationDataSource(database), database).createSchema();
    CountingDataSource connections = new CountingDataSource(applicationDataSource(database));
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(connections));
    SchoolDb db = SchoolDb.create(new TransactionAwareDataSourceProxy(connections));
    assertEquals(0, connections.connectionsOpened(), "creating the database takes no connection");

    transactions.executeWithoutResult(status -> {
      db.students().insert(new Student(null, "Ada"));
      assertEquals(1, db.students().count(), "the transaction sees its own insert");
      status.setRollbackOnly();
    });
    assertEquals(1, connections.connectionsOpened(), "the calls took Spring's connection, the first included");
    assertEquals(0, db.students().count(), "and were rolled back with it");
    assertEquals(database.dialect(), db.dialect());
  }
}
