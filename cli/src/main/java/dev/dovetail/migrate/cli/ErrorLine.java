package dev.dovetail.migrate.cli;

import dev.dovetail.migrate.MigrationException;
import dev.dovetail.migrate.Redact;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;

/**
 * What the command line prints when a command fails: one line, {@code db <command>: <what went wrong>; <what to
 * do>}, with credentials masked. The stack trace is for {@code --verbose} only.
 */
final class ErrorLine {
  private static final String VERBOSE = " (--verbose prints the stack trace)";

  private ErrorLine() {}

  /** The line for {@code e}, thrown by {@code command} run against {@code url} (or null). */
  static String of(String command, Throwable e, String url) {
    SQLException sql = sqlCause(e);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String message;
    if (connecting(e, state)) {
      String cause = oneLine(sql != null ? sql.getMessage() : rootMessage(e));
      // The cause in parentheses, not after a colon, which a masked URL parameter would take as its value's end.
      message = "cannot connect to " + (url == null ? "the database" : url) + " (" + cause + "); "
          + connectionHint(state, cause) + VERBOSE;
    } else if (e instanceof MigrationException || e instanceof IllegalArgumentException) {
      message = oneLine(e.getMessage()); // these say what to do already
    } else {
      message = e.getClass().getSimpleName() + ": " + oneLine(rootMessage(e)) + VERBOSE;
    }
    return Redact.text("db " + command + ": " + message);
  }

  /** The stack trace of {@code e}, for {@code --verbose}; its text is masked by the writer it is printed to. */
  static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return Redact.text(out.toString());
  }

  private static boolean connecting(Throwable e, String state) {
    // SQLSTATE class 08 is a connection failure, 28 a refused user or password.
    return e instanceof ConnectionException || state.startsWith("08") || state.startsWith("28")
        || (e.getCause() instanceof ConnectionException);
  }

  private static String connectionHint(String state, String cause) {
    if (state.startsWith("28")) {
      return "check --user and --password (or DOVETAIL_USER and DOVETAIL_PASSWORD)";
    }
    if (cause.contains("No suitable driver")) {
      return "put the database's JDBC driver on the classpath, or check the URL's scheme in --url";
    }
    return "check --url (or DOVETAIL_URL), and that the database server is up and reachable";
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
