package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a change of a column's type keeps every value, and, where it may not, the condition that finds the
 * values it would cut, round or reject. A change is widening only when known to be: a longer string, more
 * digits on both sides of a decimal point, a wider integer, {@code REAL} to {@code DOUBLE}, a string or integer
 * into a type that holds all of it. Every other change may lose data: {@code db migrate} writes it gated, and
 * {@code db upgrade} runs a {@link Guards guard} before it that refuses while a row does not fit.
 */
final class TypeFit {
  private static final Set<ColumnType> STRINGS = EnumSet.of(ColumnType.CHAR, ColumnType.VARCHAR, ColumnType.TEXT);
  private static final Set<ColumnType> INTEGERS = EnumSet.of(ColumnType.SMALLINT, ColumnType.INTEGER,
      ColumnType.BIGINT);

  /** The warning a migration file writes before a change that may lose data. */
  static final String LOSS_WARNING = "may lose data: the type change is not known to keep every value; upgrade "
      + "checks the rows first and refuses while one does not fit";

  private TypeFit() {}

  /** Whether every value of {@code from} is kept as it is by a change to {@code to}. */
  static boolean widens(ColumnDef from, ColumnDef to) {
    ColumnType a = from.type();
    ColumnType b = to.type();
    if (STRINGS.contains(a) && STRINGS.contains(b)) {
      return b == ColumnType.TEXT || a != ColumnType.TEXT && length(to) >= length(from);
    }
    if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
      return digits(b) >= digits(a);
    }
    if (INTEGERS.contains(a) && b == ColumnType.DECIMAL) {
      return to.precision() - to.scale() >= digits(a);
    }
    if (INTEGERS.contains(a) && b == ColumnType.DOUBLE) {
      return a != ColumnType.BIGINT;
    }
    if (a == ColumnType.DECIMAL && b == ColumnType.DECIMAL) {
      return to.scale() >= from.scale() && to.precision() - to.scale() >= from.precision() - from.scale();
    }
    return a == ColumnType.REAL && b == ColumnType.DOUBLE || a == b;
  }

  /** A string type's length: {@code CHAR} holds one character. */
  private static int length(ColumnDef c) {
    return c.type() == ColumnType.CHAR ? 1 : c.length();
  }

  /** The decimal digits every value of an integer type may need. */
  private static int digits(ColumnType type) {
    return switch (type) {
      case SMALLINT -> 5;
      case INTEGER -> 10;
      default -> 19;
    };
  }

  /**
   * What the values that do not fit are, in words ({@code longer than 10 characters}), for the guard's marker
   * and its refusal.
   */
  static String reason(ColumnDef from, ColumnDef to) {
    ColumnType a = from.type();
    ColumnType b = to.type();
    if (STRINGS.contains(a) && STRINGS.contains(b)) {
      return "longer than " + length(to) + " character" + (length(to) == 1 ? "" : "s");
    }
    if ((INTEGERS.contains(a) || a == ColumnType.DECIMAL) && INTEGERS.contains(b)) {
      return "not a whole number from " + min(b) + " to " + max(b);
    }
    if ((INTEGERS.contains(a) || a == ColumnType.DECIMAL) && b == ColumnType.DECIMAL) {
      return "too wide for " + Change.typeName(to) + " (more than " + (to.precision() - to.scale())
          + " digits before the point or " + to.scale() + " after it)";
    }
    return "not known to survive " + Change.typeName(from) + " -> " + Change.typeName(to);
  }

  /** The SQL condition, in {@code dialect}, true for a row whose value of the column does not fit {@code to}. */
  static String misfit(Dialect dialect, ColumnDef from, ColumnDef to) {
    String c = dialect.quote(from.name());
    ColumnType a = from.type();
    ColumnType b = to.type();
    boolean sqlite = dialect.name().equals("sqlite");
    if (STRINGS.contains(a) && STRINGS.contains(b)) {
      return (sqlite ? "LENGTH(" : "CHAR_LENGTH(") + c + ") > " + length(to);
    }
    if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
      return c + " < " + min(b) + " OR " + c + " > " + max(b);
    }
    if (INTEGERS.contains(a) && b == ColumnType.DECIMAL) {
      return "ABS(" + c + ") >= " + power(to.precision() - to.scale());
    }
    if (a == ColumnType.DECIMAL && (b == ColumnType.DECIMAL || INTEGERS.contains(b))) {
      int scale = b == ColumnType.DECIMAL ? to.scale() : 0;
      int whole = b == ColumnType.DECIMAL ? to.precision() - to.scale() : digits(b) - 1;
      if (sqlite) {
        // SQLite keeps a decimal as its plain text ("-12.50"): its digits are counted in the text.
        String point = "INSTR(" + c + ", '.')";
        String fraction = "LENGTH(RTRIM(SUBSTR(" + c + ", " + point + " + 1), '0'))";
        String integer = "LENGTH(LTRIM(REPLACE(CASE WHEN " + point + " > 0 THEN SUBSTR(" + c + ", 1, " + point
            + " - 1) ELSE " + c + " END, '-', ''), '0'))";
        return "(" + point + " > 0 AND " + fraction + " > " + scale + ") OR " + integer + " > " + whole
            + (INTEGERS.contains(b) ? " OR CAST(" + c + " AS INTEGER) < " + min(b) + " OR CAST(" + c
                + " AS INTEGER) > " + max(b) : "");
      }
      String range = INTEGERS.contains(b) ? c + " < " + min(b) + " OR " + c + " > " + max(b)
          : "ABS(" + c + ") >= " + power(whole);
      return "ROUND(" + c + ", " + scale + ") <> " + c + " OR " + range;
    }
    return c + " IS NOT NULL";
  }

  /** 10 to the power {@code n}, as an integer literal. */
  private static String power(int n) {
    return "1" + "0".repeat(Math.max(0, n));
  }

  private static long min(ColumnType type) {
    return switch (type) {
      case SMALLINT -> Short.MIN_VALUE;
      case INTEGER -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }

  private static long max(ColumnType type) {
    return switch (type) {
      case SMALLINT -> Short.MAX_VALUE;
      case INTEGER -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }
}
