package dev.dovetail.testing;

import dev.dovetail.dialect.Dialect;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that records every statement prepared or created on its connections, so that a test
 * can assert how many round trips a call took: {@code Jdbi.create(new CountingDataSource(db.dataSource()))};
 * it also counts the connections it opened, and those not closed yet.
 * The runtime prepares statements on the raw JDBC connection, out of JDBI's sight, so this counts at the
 * connection. What a dialect runs to ready each new connection (SQLite's {@code PRAGMA foreign_keys = ON}) is not
 * counted: it readies the connection rather than doing the call's work.
 */
public final class CountingDataSource implements DataSource {
  /** What dialects run on each new connection ({@link Dialect#connectionSetup()}): not the call's statements. */
  private static final Set<String> SETUP =
      Dialect.all().stream().flatMap(d -> d.connectionSetup().stream()).collect(Collectors.toUnmodifiableSet());

  private final DataSource delegate;
  private final List<String> statements = new ArrayList<>();
  private int opened;
  private int open;

  /** Watches the connections of {@code delegate}. */
  public CountingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** How many statements were prepared or created since the last {@link #reset()}. */
  public synchronized int count() {
    return statements.size();
  }

  /** The SQL of the statements prepared since the last {@link #reset()} ({@code <statement>} for plain ones). */
  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  /** How many connections were opened, ever. */
  public synchronized int connectionsOpened() {
    return opened;
  }

  /** How many of them are not closed yet. */
  public synchronized int connectionsOpen() {
    return open;
  }

  /** Forgets the statements seen so far. */
  public synchronized void reset() {
    statements.clear();
  }

  private synchronized void record(String sql) {
    statements.add(sql);
  }

  private synchronized void opened() {
    opened++;
    open++;
  }

  private synchronized void closed() {
    open--;
  }

  private Connection watch(Connection connection) {
    opened();
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if ((name.equals("prepareStatement") || name.equals("prepareCall")) && !SETUP.contains((String) args[0])) {
            record((String) args[0]);
          } else if (name.equals("createStatement")) {
            record("<statement>");
          } else if (name.equals("close") && !closed[0]) {
            closed[0] = true;
            closed();
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection() throws SQLException {
    return watch(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return watch(delegate.getConnection(user, password));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
