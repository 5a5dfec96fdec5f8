package dev.dovetail.migrate;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, from the live schema, whether a statement that commits by itself (DDL where DDL is not transactional)
 * took effect: what an upgrade stopped while it ran must know before running it again. It knows the statements
 * Dovetail writes (tables, columns, keys and indexes created, dropped and renamed; type, nullability and
 * identity changes) and says {@link Effect#UNKNOWN} of any other.
 */
final class StatementEffect {
  /** Whether a statement took effect. */
  enum Effect {
    /** Its effect is in the database: it must not run again. */
    APPLIED,
    /** Its effect is not there, or running it again changes nothing: it runs. */
    NOT_APPLIED,
    /** The schema cannot tell. */
    UNKNOWN
  }

  private static final String ID = "(\"[^\"]+\"|`[^`]+`|[\\w$]+)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern CREATE_TABLE = p("CREATE TABLE (?:IF NOT EXISTS )?" + ID + ".*");
  private static final Pattern DROP_TABLE = p("DROP TABLE (?:IF EXISTS )?" + ID + ".*");
  private static final Pattern CREATE_INDEX = p("CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?" + ID + " ON " + ID
      + ".*");
  private static final Pattern DROP_INDEX = p("DROP INDEX (?:IF EXISTS )?" + ID + "(?: ON " + ID + ")?");
  private static final Pattern ALTER = p("ALTER TABLE " + ID + " (.*)");
  private static final Pattern ADD_CONSTRAINT = p("ADD CONSTRAINT " + ID + " (PRIMARY KEY|FOREIGN KEY|UNIQUE).*");
  private static final Pattern ADD_COLUMN = p("ADD (?:COLUMN )?(?:IF NOT EXISTS )?" + ID + "(?: .*)?");
  private static final Pattern DROP_CONSTRAINT = p("DROP (CONSTRAINT|FOREIGN KEY|INDEX) " + ID);
  private static final Pattern DROP_COLUMN = p("DROP (?:COLUMN )?(?:IF EXISTS )?" + ID);
  private static final Pattern RENAME_TABLE = p("RENAME TO " + ID);
  private static final Pattern RENAME = p("RENAME (COLUMN|CONSTRAINT|INDEX) " + ID + " TO " + ID);
  private static final Pattern ALTER_INDEX = p("ALTER INDEX " + ID + " RENAME TO " + ID);
  private static final Pattern IDENTITY = p("ALTER COLUMN " + ID + " (SET GENERATED|ADD GENERATED|DROP IDENTITY).*");
  /** Changes that leave the column as they found it when run a second time. */
  private static final Pattern REPEATABLE = p("(ALTER COLUMN " + ID + " (SET DATA TYPE|TYPE|SET NOT NULL|DROP NOT NULL"
      + "|SET DEFAULT|DROP DEFAULT).*|MODIFY .*)");

  private StatementEffect() {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  /**
   * Whether {@code sql} commits together with a transaction it runs in, on every supported database: plain
   * data statements do; DDL commits by itself on H2 and MariaDB/MySQL.
   */
  static boolean transactional(String sql) {
    String word = sql.strip().split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
    return switch (word) {
      case "INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "SELECT", "WITH", "VALUES" -> true;
      default -> false;
    };
  }

  /** Whether {@code sql} took effect in {@code live}, the schema as the database has it now. */
  static Effect of(String sql, SchemaDef live) {
    String s = sql.strip().replaceAll("\\s+", " ");
    Matcher m;
    if ((m = CREATE_TABLE.matcher(s)).matches()) {
      return applied(table(live, m.group(1)).isPresent());
    }
    if ((m = DROP_TABLE.matcher(s)).matches()) {
      return applied(table(live, m.group(1)).isEmpty());
    }
    if ((m = CREATE_INDEX.matcher(s)).matches()) {
      return applied(hasIndex(live, m.group(1)));
    }
    if ((m = DROP_INDEX.matcher(s)).matches()) {
      return applied(!hasIndex(live, m.group(1)));
    }
    if ((m = ALTER_INDEX.matcher(s)).matches()) {
      return renamed(!hasIndex(live, m.group(1)), hasIndex(live, m.group(2)));
    }
    if ((m = ALTER.matcher(s)).matches()) {
      Optional<TableDef> table = table(live, m.group(1));
      String action = m.group(2);
      if ((m = RENAME_TABLE.matcher(action)).matches()) {
        return renamed(table.isEmpty(), table(live, m.group(1)).isPresent());
      }
      return table.map(t -> alter(t, action)).orElse(Effect.UNKNOWN);
    }
    String word = s.split(" ", 2)[0].toUpperCase(Locale.ROOT);
    // A session setting, or MariaDB's DO: nothing that a second run would do differently.
    return word.equals("SET") || word.equals("DO") ? Effect.NOT_APPLIED : Effect.UNKNOWN;
  }

  private static Effect alter(TableDef table, String action) {
    Matcher m;
    if ((m = ADD_CONSTRAINT.matcher(action)).matches()) {
      String kind = m.group(2).toUpperCase(Locale.ROOT);
      return applied(kind.equals("PRIMARY KEY") ? !table.primaryKey().isEmpty()
          : kind.equals("FOREIGN KEY") ? hasForeignKey(table, m.group(1)) : hasIndex(table, m.group(1)));
    }
    if ((m = ADD_COLUMN.matcher(action)).matches()) {
      return applied(column(table, m.group(1)).isPresent());
    }
    if (action.equalsIgnoreCase("DROP PRIMARY KEY")) {
      return applied(table.primaryKey().isEmpty());
    }
    if ((m = DROP_CONSTRAINT.matcher(action)).matches()) {
      String name = m.group(2);
      if (hasForeignKey(table, name) || hasIndex(table, name)) {
        return Effect.NOT_APPLIED;
      }
      if (!m.group(1).equalsIgnoreCase("CONSTRAINT")
          || same(name, SchemaNames.primaryKey(table.name())) && table.primaryKey().isEmpty()) {
        return Effect.APPLIED;
      }
      if (same(name, SchemaNames.primaryKey(table.name()))) {
        return Effect.NOT_APPLIED;
      }
      // Dovetail names its foreign keys fk_<table>_<columns>: one that is not there was dropped. Of a constraint
      // of another name (a CHECK, say) the live schema knows nothing.
      return unquote(name).toLowerCase(Locale.ROOT).startsWith("fk_") ? Effect.APPLIED : Effect.UNKNOWN;
    }
    if ((m = DROP_COLUMN.matcher(action)).matches()) {
      return applied(column(table, m.group(1)).isEmpty());
    }
    if ((m = RENAME.matcher(action)).matches()) {
      String kind = m.group(1).toUpperCase(Locale.ROOT);
      String from = m.group(2);
      String to = m.group(3);
      return switch (kind) {
        case "COLUMN" -> renamed(column(table, from).isEmpty(), column(table, to).isPresent());
        case "INDEX" -> renamed(!hasIndex(table, from), hasIndex(table, to));
        // A primary key's name is not in the live schema: only a foreign key's rename can be told.
        default -> hasForeignKey(table, from) ? Effect.NOT_APPLIED
            : hasForeignKey(table, to) ? Effect.APPLIED : Effect.UNKNOWN;
      };
    }
    if ((m = IDENTITY.matcher(action)).matches()) {
      Optional<ColumnDef> column = column(table, m.group(1));
      boolean wanted = !m.group(2).equalsIgnoreCase("DROP IDENTITY");
      return column.map(c -> applied(c.identity() == wanted)).orElse(Effect.UNKNOWN);
    }
    return REPEATABLE.matcher(action).matches() ? Effect.NOT_APPLIED : Effect.UNKNOWN;
  }

  private static Effect applied(boolean applied) {
    return applied ? Effect.APPLIED : Effect.NOT_APPLIED;
  }

  /** A rename took effect when the old name is gone and the new one is there; not at all when neither. */
  private static Effect renamed(boolean fromGone, boolean toThere) {
    if (fromGone && toThere) {
      return Effect.APPLIED;
    }
    return !fromGone && !toThere ? Effect.NOT_APPLIED : Effect.UNKNOWN;
  }

  private static Optional<TableDef> table(SchemaDef live, String name) {
    return live.tables().stream().filter(t -> same(t.name(), name)).findFirst();
  }

  private static Optional<ColumnDef> column(TableDef table, String name) {
    return table.columns().stream().filter(c -> same(c.name(), name)).findFirst();
  }

  private static boolean hasIndex(SchemaDef live, String name) {
    return live.tables().stream().anyMatch(t -> hasIndex(t, name));
  }

  private static boolean hasIndex(TableDef table, String name) {
    return table.indexes().stream().anyMatch(i -> same(i.name(), name));
  }

  private static boolean hasForeignKey(TableDef table, String name) {
    return table.foreignKeys().stream().anyMatch(fk -> same(fk.name(), name));
  }

  /** Names compared without quotes or case: H2 keeps unquoted names upper case, the others as written. */
  private static boolean same(String a, String b) {
    return unquote(a).equalsIgnoreCase(unquote(b));
  }

  private static String unquote(String name) {
    return name.length() > 1 && (name.startsWith("\"") || name.startsWith("`")) ? name.substring(1, name.length() - 1)
        : name;
  }
}
