package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.Model.Student;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.fixture.SchoolFixture;
import dev.dovetail.testing.CountingDataSource;
import dev.dovetail.testing.DatabaseTest;
import java.util.List;
import java.util.Map;

/**
 * DAOs on a {@link javax.sql.DataSource} ({@code DaoContext.of(dataSource)}): every call takes a connection of
 * its own, without opening a JDBI handle, and transactions still span every DAO of the database.
 */
class DataSourceContextTest extends SchoolFixture {

  @DatabaseTest
  void readsAndWritesWithoutJdbi() {
    SchoolDb pooled = SchoolDb.create(database.dataSource());
    assertSame(database.dialect(), pooled.dialect(), "the dialect is detected from the connection");
    Student ada = pooled.students().insert(new Student(null, "Ada"));
    Course algebra = pooled.courses().insert(new Course(null, "Algebra"));
    assertTrue(pooled.students().classes(ada).add(algebra));
    assertEquals(List.of(algebra), pooled.students().classes(ada).all());
    assertEquals(Map.of(ada, List.of(algebra)), pooled.students().classesOf(List.of(ada)));
    assertEquals(ada, db.students().find(ada.id()).orElseThrow(), "written through the data source");
    assertEquals(1, pooled.students().classes(ada).addAll(List.of(algebra, course("Geometry"))));
  }

  @DatabaseTest
  void transactionsStartJdbiOnFirstUseAndRollBack() {
    SchoolDb pooled = SchoolDb.create(database.dataSource());
    assertThrows(IllegalStateException.class, () -> pooled.useTransaction(tx -> {
      tx.students().insert(new Student(null, "Ada"));
      throw new IllegalStateException("undo");
    }));
    assertEquals(0, rows("students"));
    Student grace = pooled.inTransaction(tx -> tx.students().insert(new Student(null, "Grace")));
    assertEquals(1, rows("students"));
    assertSame(pooled.jdbi(), pooled.jdbi(), "one JDBI for the database");
    assertEquals(grace, pooled.students().find(grace.id()).orElseThrow());
  }

  @DatabaseTest
  void noConnectionStaysBorrowedAfterCreationOrAnyCall() {
    CountingDataSource connections = new CountingDataSource(database.dataSource());
    SchoolDb pooled = SchoolDb.create(connections);
    assertEquals(0, connections.connectionsOpened(), "creation takes no connection: the first call detects the dialect");

    Student ada = pooled.students().insert(new Student(null, "Ada"));
    assertEquals(0, connections.connectionsOpen());
    assertEquals(List.of(ada), pooled.students().findAll());
    assertEquals(0, connections.connectionsOpen());
    pooled.students().classes(ada).add(pooled.courses().insert(new Course(null, "Algebra")));
    assertEquals(0, connections.connectionsOpen());
    assertEquals(1, pooled.students().classes(ada).count());
    pooled.inTransaction(tx -> tx.students().insert(new Student(null, "Grace")));
    assertEquals(0, connections.connectionsOpen());
    assertEquals(6, connections.connectionsOpened(), "one connection per call");
  }

  @DatabaseTest
  void aTransactionAsTheFirstCallLeavesNoConnectionOpen() {
    CountingDataSource connections = new CountingDataSource(database.dataSource());
    SchoolDb pooled = SchoolDb.create(connections);
    Student ada = pooled.inTransaction(tx -> tx.students().insert(new Student(null, "Ada")));
    assertEquals(0, connections.connectionsOpen(), "none left open: JDBI's own, which detected the dialect");
    assertEquals(ada, pooled.students().find(ada.id()).orElseThrow());
    assertEquals(0, connections.connectionsOpen());
  }
}
