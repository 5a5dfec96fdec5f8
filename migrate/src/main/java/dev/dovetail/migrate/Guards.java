package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The statement a migration runs before a change that may lose data (a narrowing type change): a plain
 * {@code SELECT COUNT(*)} of the rows whose value would not fit, marked by a comment that {@code db upgrade}
 * recognizes. Upgrade refuses the migration while that count is not 0, naming the table, the column and the
 * count; another tool (Flyway) runs it as the harmless query it is.
 */
final class Guards {
  private static final Pattern GUARD = Pattern.compile(
      "SELECT /\\* dovetail:check ([^\\s.]+)\\.(\\S+) (.+?) \\*/ COUNT\\(\\*\\) FROM (.+)", Pattern.DOTALL);

  private Guards() {}

  /**
   * The guard of a change of {@code from} to {@code to} in {@code table}: {@code SELECT /* dovetail:check
   * people.name longer than 10 characters *}{@code / COUNT(*) FROM people WHERE CHAR_LENGTH(name) > 10}.
   */
  static String of(Dialect dialect, String table, ColumnDef from, ColumnDef to) {
    return "SELECT /* dovetail:check " + table + "." + from.name() + " " + TypeFit.reason(from, to)
        + " */ COUNT(*) FROM " + dialect.quote(table) + " WHERE " + TypeFit.misfit(dialect, from, to);
  }

  /** Whether a statement is a guard. */
  static boolean is(String statement) {
    return GUARD.matcher(statement).matches();
  }

  /**
   * Runs statement {@code i} of {@code statements}: a guard is counted and refuses when a row does not fit, any
   * other statement is executed.
   *
   * @throws Refused when a guard counts rows that do not fit
   */
  static void run(Handle h, MigrationScript script, List<String> statements, int i) {
    String statement = statements.get(i);
    Matcher m = GUARD.matcher(statement);
    if (!m.matches()) {
      h.execute(statement);
      return;
    }
    long rows = h.createQuery(statement).mapTo(Long.class).one();
    if (rows > 0) {
      String table = m.group(1);
      String column = m.group(2);
      throw new Refused(rows + " row" + (rows == 1 ? "" : "s") + " of " + table + " hold" + (rows == 1 ? "s" : "")
          + " a value of " + column + " " + m.group(3) + ": statement " + (i + 1) + " of " + script.fileName()
          + " checks that before the column's type changes, so that no value is cut, rounded or lost. To proceed, "
          + "fix or delete those rows (SELECT * FROM " + m.group(4) + " lists them), or replace the change in "
          + script.fileName() + " with a conversion written by hand; then run upgrade again.");
    }
  }

  /** A guard found rows that do not fit. */
  static final class Refused extends MigrationException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
