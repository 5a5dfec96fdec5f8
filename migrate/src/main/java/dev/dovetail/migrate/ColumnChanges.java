package dev.dovetail.migrate;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.migrate.alter.Alter;
import dev.dovetail.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The changes that add, drop, alter and rename columns of a table that stays. */
public final class ColumnChanges {
  private ColumnChanges() {}

  /**
   * A new column. A {@code NOT NULL} one is added nullable, filled (with its default, if it has one), then made
   * {@code NOT NULL}, so that the migration works on a table that has rows.
   *
   * @param table the table
   * @param column the column as the model has it
   * @param backfill the SQL value existing rows get, or {@code null} for the column's default, else the type's
   *     zero value
   */
  public record AddColumn(String table, ColumnDef column, String backfill) implements Change {
    @Override
    public String describe() {
      return "+ column " + table + "." + column.name() + " " + Change.typeAndNullability(column)
          + (needsBackfill() ? " (existing rows get " + Change.fillName(column, backfill) + ")" : "");
    }

    private boolean needsBackfill() {
      return !column.nullable() && !column.identity();
    }

    @Override
    public List<String> up(Dialect dialect) {
      if (!needsBackfill()) {
        return List.of(Alter.of(dialect).addColumn(table, column));
      }
      // Added with its default, which the databases that can write one into existing rows do: the backfill then
      // fills only what they leave NULL.
      ColumnDef nullable = new ColumnDef(column.name(), column.type(), column.length(), column.precision(),
          column.scale(), true, false, column.defaultValue());
      return List.of(Alter.of(dialect).addColumn(table, nullable),
          Change.backfill(dialect, table, column.name(), Change.fill(dialect, column, backfill)),
          Alter.of(dialect).setNullability(table, nullable, false));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).dropColumn(table, column.name()));
    }

    @Override
    public boolean downDestroysData() {
      return true;
    }
  }

  /**
   * A column gone from the model, with its values.
   *
   * @param table the table
   * @param column the column as the previous snapshot has it
   */
  public record DropColumn(String table, ColumnDef column) implements Change {
    @Override
    public String describe() {
      return "- column " + table + "." + column.name() + " (drops its values)";
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).dropColumn(table, column.name()));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new AddColumn(table, column, null).up(dialect);
    }

    @Override
    public boolean destroysData() {
      return true;
    }
  }

  /**
   * A column whose type (length, precision, scale), nullability, identity or default changed. Becoming
   * {@code NOT NULL} fills its {@code NULL}s first (with its default, if it has one). A new default applies to
   * rows written from then on; the rows there keep their values.
   *
   * @param table the table
   * @param from the column as the previous snapshot has it
   * @param to the column as the model has it
   * @param backfill the SQL value {@code NULL}s get when it becomes {@code NOT NULL}; {@code null} for its
   *     default, else the type's zero value
   */
  public record AlterColumn(String table, ColumnDef from, ColumnDef to, String backfill) implements Change {
    @Override
    public String describe() {
      List<String> what = new ArrayList<>();
      if (typeChanged()) {
        what.add(Change.typeName(from) + " -> " + Change.typeName(to));
      }
      if (from.nullable() != to.nullable()) {
        what.add(to.nullable() ? "now nullable" : "now NOT NULL (NULLs become " + Change.fillName(to, backfill)
            + ")");
      }
      if (from.identity() != to.identity()) {
        what.add(to.identity() ? "now an identity column" : "no longer an identity column");
      }
      if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
        what.add(to.defaultValue() == null ? "no default" : "default " + to.defaultValue());
      }
      return "~ column " + table + "." + to.name() + ": " + String.join(", ", what)
          + (destroysData() ? " (may lose data: upgrade refuses it while a value is " + TypeFit.reason(from, to) + ")"
              : "");
    }

    /** Whether the type changes to one not known to keep every value: a shorter string, fewer digits, ... */
    @Override
    public boolean destroysData() {
      return typeChanged() && !TypeFit.widens(from, to);
    }

    @Override
    public boolean downDestroysData() {
      return typeChanged() && !TypeFit.widens(to, from);
    }

    @Override
    public String lossWarning() {
      return TypeFit.LOSS_WARNING;
    }

    private boolean typeChanged() {
      return from.type() != to.type() || from.length() != to.length() || from.precision() != to.precision()
          || from.scale() != to.scale();
    }

    /**
     * Each step is given the column as it stands after the steps before it (a database that restates the whole
     * column to change one part of it, like MariaDB's {@code MODIFY}, must not undo or pre-empt another step).
     */
    @Override
    public List<String> up(Dialect dialect) {
      List<String> out = new ArrayList<>();
      ColumnDef now = new ColumnDef(to.name(), from.type(), from.length(), from.precision(), from.scale(),
          from.nullable(), from.identity(), from.defaultValue());
      if (from.identity() && !to.identity()) {
        out.add(Alter.of(dialect).setIdentity(table, now, false));
        now = with(now, now.nullable(), false);
      }
      if (to.nullable() && !from.nullable()) {
        out.add(Alter.of(dialect).setNullability(table, now, true));
        now = with(now, true, now.identity());
      }
      if (typeChanged()) {
        now = new ColumnDef(to.name(), to.type(), to.length(), to.precision(), to.scale(), now.nullable(),
            now.identity(), now.defaultValue());
        if (!TypeFit.widens(from, to)) {
          out.add(Guards.of(dialect, table, new ColumnDef(to.name(), from.type(), from.length(), from.precision(),
              from.scale(), now.nullable(), now.identity(), now.defaultValue()), now));
        }
        out.add(Alter.of(dialect).alterColumnType(table, now));
      }
      if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
        // Before the NULLs are filled, so that a database restating the whole column (MariaDB) keeps the new one.
        now = now.withDefault(to.defaultValue());
        out.add(Alter.of(dialect).setDefault(table, now));
      }
      if (!to.nullable() && from.nullable()) {
        out.add(Change.backfill(dialect, table, to.name(), Change.fill(dialect, to, backfill)));
        out.add(Alter.of(dialect).setNullability(table, now, false));
        now = with(now, false, now.identity());
      }
      if (to.identity() && !from.identity()) {
        out.add(Alter.of(dialect).setIdentity(table, now, true));
      }
      return out;
    }

    private static ColumnDef with(ColumnDef c, boolean nullable, boolean identity) {
      return new ColumnDef(c.name(), c.type(), c.length(), c.precision(), c.scale(), nullable, identity,
          c.defaultValue());
    }

    @Override
    public List<String> down(Dialect dialect) {
      return new AlterColumn(table, to, from, null).up(dialect);
    }
  }

  /**
   * A column renamed (from a {@code @RenamedFrom} hint): its values stay.
   *
   * @param table the table, by its new name
   * @param from the former column name
   * @param to the new column name
   */
  public record RenameColumn(String table, String from, String to) implements Change {
    @Override
    public String describe() {
      return "~ column " + table + "." + from + " renamed to " + to;
    }

    @Override
    public List<String> up(Dialect dialect) {
      return List.of(Alter.of(dialect).renameColumn(table, from, to));
    }

    @Override
    public List<String> down(Dialect dialect) {
      return List.of(Alter.of(dialect).renameColumn(table, to, from));
    }
  }
}
