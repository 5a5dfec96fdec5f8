package dev.dovetail.runtime.internal;

import dev.dovetail.runtime.DovetailException;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the columns a declared query's rows are read from, by label. The processor's compile-time check and
 * the generated code's run-time lookup both use {@link #matches}, so that they agree on which label is which.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 */
public final class ResultColumns {
  private ResultColumns() {}

  /**
   * Whether the result column labelled {@code label} is the one named {@code name} (a column name, or the
   * snake_case form of a record component): equal ignoring case ({@code AUTHOR_ID} as H2 reports an
   * unquoted name, {@code author_id} as PostgreSQL does), or equal once {@code name}'s underscores are
   * dropped ({@code authorId} written unquoted as an alias, reported as {@code AUTHORID}).
   */
  public static boolean matches(String label, String name) {
    String l = label.toLowerCase(Locale.ROOT);
    String n = name.toLowerCase(Locale.ROOT);
    return l.equals(n) || l.equals(n.replace("_", ""));
  }

  /**
   * The JDBC index (from 1) of the column of each of {@code names}.
   *
   * @param what the query, for messages ({@code Catalog.booksBy})
   * @throws DovetailException when a name has no column, or more than one
   */
  public static int[] find(ResultSetMetaData meta, List<String> names, String what) throws SQLException {
    int count = meta.getColumnCount();
    List<String> labels = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      labels.add(meta.getColumnLabel(i));
    }
    int[] at = new int[names.size()];
    for (int n = 0; n < at.length; n++) {
      String name = names.get(n);
      at[n] = -1;
      for (int i = 0; i < count; i++) {
        if (matches(labels.get(i), name)) {
          if (at[n] > 0) {
            throw new DovetailException(what + ": the result has two columns named " + name + " " + labels
                + "; give one of them another name with AS");
          }
          at[n] = i + 1;
        }
      }
      if (at[n] < 0) {
        throw new DovetailException(what + ": the result has no column " + name + ", which its return type needs; "
            + "its columns are " + labels);
      }
    }
    return at;
  }
}
