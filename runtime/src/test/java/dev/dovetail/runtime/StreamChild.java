package dev.dovetail.runtime;

import dev.dovetail.fixture.Mappings;
import dev.dovetail.fixture.Model.Course;
import dev.dovetail.fixture.SchoolDb;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.DeclaredQuery;
import dev.dovetail.runtime.internal.ParameterBinder;
import dev.dovetail.testing.MariaDbServer;
import dev.dovetail.testing.PostgresServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Run by {@link StreamingTest} in a JVM of its own with a small heap ({@code -Xmx64m}): inserts a million rows
 * into {@code classes} with one {@code INSERT ... SELECT} from a generator, reads them all through a declared
 * query's stream, then stops a second stream after ten rows; each time the connection must be back in its
 * (one-connection) pool with autocommit on. Exits 0 when all holds, 1 with the reason otherwise.
 */
public final class StreamChild {
  static final int ROWS = 1_000_000;

  private StreamChild() {}

  /** {@code kind url}: the database kind's name ({@code H2}, ...) and its JDBC URL. */
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    Properties properties = switch (kind) {
      case "POSTGRESQL" -> PostgresServer.properties();
      case "MARIADB" -> MariaDbServer.properties();
      default -> new Properties();
    };
    try (Connection physical = DriverManager.getConnection(args[1], properties)) {
      boolean[] borrowed = {false};
      DataSource pool = poolOfOne(physical, borrowed);
      SchoolDb db = SchoolDb.create(pool);
      if (kind.equals("H2")) {
        db.createSchema();
      }
      long start = System.nanoTime();
      try (Statement st = physical.createStatement()) {
        st.executeUpdate(generator(kind));
      }
      long inserted = System.nanoTime();
      DeclaredQuery<Course> all = DeclaredQuery.ofEntity("allCourses", "SELECT id, name FROM classes",
          Mappings.COURSE);
      DaoContext ctx = DaoContext.of(pool);
      long rows = 0;
      try (Stream<Course> courses = all.stream(ctx, ParameterBinder.NONE)) {
        for (Iterator<Course> it = courses.iterator(); it.hasNext(); it.next()) {
          rows++;
        }
      }
      require(rows == ROWS, "read " + rows + " rows of " + ROWS);
      require(!borrowed[0] && physical.getAutoCommit(), "after reading to the end: connection back, autocommit on");
      try (Stream<Course> courses = all.stream(ctx, ParameterBinder.NONE)) {
        require(courses.limit(10).count() == 10, "ten rows");
      }
      require(!borrowed[0] && physical.getAutoCommit(), "after closing early: connection back, autocommit on");
      System.out.printf("%s: inserted %d rows in %d ms, streamed in %d ms, max heap %d MB%n", kind, ROWS,
          (inserted - start) / 1_000_000, (System.nanoTime() - inserted) / 1_000_000,
          Runtime.getRuntime().maxMemory() >> 20);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static String generator(String kind) {
    return switch (kind) {
      case "H2" -> "INSERT INTO classes (name) SELECT 'c' || X FROM SYSTEM_RANGE(1, " + ROWS + ")";
      case "POSTGRESQL" -> "INSERT INTO classes (name) SELECT 'c' || g FROM generate_series(1, " + ROWS + ") g";
      case "MARIADB" -> "INSERT INTO classes (name) SELECT CONCAT('c', seq) FROM seq_1_to_" + ROWS;
      default -> "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + ROWS
          + ") INSERT INTO classes (name) SELECT 'c' || x FROM g";
    };
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  /** A data source lending one connection, whose close() hands it back; lending it twice is an error. */
  private static DataSource poolOfOne(Connection physical, boolean[] borrowed) {
    Connection lent = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            borrowed[0] = false;
            return null;
          }
          if (method.getName().equals("isClosed")) {
            return !borrowed[0];
          }
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            if (borrowed[0]) {
              throw new SQLException("the one connection is lent already");
            }
            borrowed[0] = true;
            return lent;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
