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
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Creating a database takes no connection: the dialect is detected on the connection of the first call, so an
 * unused database holds nothing, a database that cannot connect is created all the same and its first call
 * says what failed, and under a transaction-aware data source the first call joins the caller's transaction.
 */
class LazyDialectTest extends SchoolFixture {

  /** The two ways to make a database without naming its dialect. */
  private static final List<Function<DataSource, SchoolDb>> CREATE =
      List.of(SchoolDb::create, dataSource -> SchoolDb.create(Jdbi.create(dataSource)));

  @DatabaseTest
  void creationOpensNoConnectionAndTheFirstCallOnlyOne() {
    Student ada = student("Ada");
    for (Function<DataSource, SchoolDb> create : CREATE) {
      CountingDataSource connections = new CountingDataSource(database.dataSource());
      SchoolDb lazy = create.apply(connections);
      assertEquals(0, connections.connectionsOpened(), "creation opens no connection");

      assertEquals(ada, lazy.students().find(ada.id()).orElseThrow());
      assertEquals(1, connections.connectionsOpened(), "the first call detects the dialect on its own connection");
      assertEquals(0, connections.connectionsOpen());
      assertSame(database.dialect(), lazy.dialect(), "the dialect detected by the first call");
      assertEquals(1, connections.connectionsOpened(), "is kept: asking for it takes no connection");
    }
  }

  @DatabaseTest
  void everyKindOfFirstCallWorksAndReturnsItsConnections() {
    Student ada = student("Ada");
    Course algebra = course("Algebra");
    AtomicInteger names = new AtomicInteger();
    List<Function<SchoolDb, Object>> firstCalls = List.of(
        lazy -> lazy.students().insert(new Student(null, "Grace " + names.incrementAndGet())).name(),
        lazy -> lazy.students().insertAll(List.of(new Student(null, "Alan " + names.incrementAndGet()))).size(),
        lazy -> lazy.students().update(new Student(ada.id(), "Ada L.")),
        lazy -> lazy.students().exists(ada),
        lazy -> lazy.students().count(),
        lazy -> lazy.students().classes(ada).add(algebra),
        lazy -> lazy.students().classesOf(List.of(ada)).size(),
        lazy -> lazy.inTransaction(tx -> tx.students().find(ada.id()).orElseThrow().id()),
        lazy -> lazy.createStatements().size());
    for (Function<DataSource, SchoolDb> create : CREATE) {
      for (Function<SchoolDb, Object> call : firstCalls) {
        CountingDataSource connections = new CountingDataSource(database.dataSource());
        SchoolDb lazy = create.apply(connections);
        call.apply(lazy);
        assertSame(database.dialect(), lazy.dialect());
        assertEquals(0, connections.connectionsOpen(), "no connection left borrowed");
      }
    }
    assertEquals("Ada L.", db.students().find(ada.id()).orElseThrow().name());
    assertTrue(db.students().classes(ada).contains(algebra));
  }

  @DatabaseTest
  void aDatabaseThatCannotConnectIsCreatedAndItsFirstCallSaysWhatFailed() {
    DataSource refusing = new FakeDataSource(() -> {
      throw new SQLException("connection refused by the test", "08001");
    });
    for (Function<DataSource, SchoolDb> create : CREATE) {
      SchoolDb unreachable = create.apply(refusing);
      RuntimeException e = assertThrows(RuntimeException.class, () -> unreachable.students().find(7));
      assertTrue(e.getMessage().contains("find Student(id=7)"), e.getMessage());
      assertTrue(messages(e).contains("connection refused by the test"), messages(e));
    }
    SchoolDb unreachable = SchoolDb.create(refusing);
    DovetailException e = assertThrows(DovetailException.class, unreachable::dialect);
    assertTrue(e.getMessage().contains("choose a dialect") && e.getMessage().contains("connection refused by the test"),
        e.getMessage());
  }

  @DatabaseTest
  void anUnknownDatabaseIsCreatedAndItsFirstCallNamesTheProduct() {
    CountingDataSource connections = new CountingDataSource(database.dataSource());
    DataSource derby = new FakeDataSource(() -> reportingProduct(connections.getConnection(), "Apache Derby"));
    for (Function<DataSource, SchoolDb> create : CREATE) {
      SchoolDb unknown = create.apply(derby);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> unknown.students().find(7));
      assertTrue(e.getMessage().contains("Dovetail has no dialect for the database \"Apache Derby\"")
          && e.getMessage().contains("pass one explicitly"), e.getMessage());
      assertThrows(IllegalArgumentException.class, unknown::dialect);
    }
    assertEquals(0, connections.connectionsOpen(), "the connections that told the product went back");
  }

  private static String messages(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t.getMessage()).append(" / ");
    }
    return out.toString();
  }

  /** {@code connection}, whose metadata names {@code product} as the database. */
  private static Connection reportingProduct(Connection connection, String product) throws SQLException {
    DatabaseMetaData real = connection.getMetaData();
    DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> method.getName()
            .equals("getDatabaseProductName") ? product : invoke(method, real, args));
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> method.getName().equals("getMetaData") ? metaData
            : invoke(method, connection, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Connections as {@code source} makes them. */
  private interface ConnectionSource {
    Connection get() throws SQLException;
  }

  private record FakeDataSource(ConnectionSource source) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return source.get();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return source.get();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
