package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.TableDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one entity maps to its table: written out by the processor for each entity (as the nested class
 * {@code StudentDao.Mapping}), so that reading rows and binding values needs no reflection. What is the same
 * for every entity (the key columns, the SQL per dialect, reading from consecutive columns) lives here; the
 * generated subclass has the table, {@link #read(ResultSet, int[], Dialect)} and {@link #get}, and where they
 * apply {@link #withGeneratedId} and {@link #asStored}.
 *
 * <p>Columns are addressed by their position in {@link TableDef#columns()}, from 0.
 *
 * <p><b>For generated code only</b>: the processor's output calls it; an application does not, and it may
 * change in any release, in step with the processor (see {@link dev.dovetail.runtime.internal}).
 *
 * @param <T> the entity type
 */
public abstract class EntityMapping<T> {
  private final String entityName;
  private final TableDef table;
  private final int[] idColumns;
  private final int[] defaulted;
  private final int generatedColumn;
  private final ColumnType[] types;
  // The JDBC positions of the columns read from column 1 and from column 2 (after a key), the common cases.
  private final int[] fromFirst;
  private final int[] fromSecond;
  // The SQL of this entity per dialect: written once, not by every DAO (one per transaction) or handle.
  private final ConcurrentHashMap<Dialect, Statements> statements = new ConcurrentHashMap<>(2);

  /**
   * @param entityName the entity's simple name, used in messages
   * @param table the entity's table
   */
  protected EntityMapping(String entityName, TableDef table) {
    this.entityName = entityName;
    this.table = table;
    List<ColumnDef> columns = table.columns();
    // Loops, not streams, here and in what the first call runs: a stream pipeline loads some 40 JDK classes and
    // a lambda spins a class of its own, which a JVM's start-up pays on the way to its first row.
    List<String> primaryKey = table.primaryKey();
    this.idColumns = new int[primaryKey.size()];
    for (int i = 0; i < idColumns.length; i++) {
      idColumns[i] = indexOf(primaryKey.get(i));
    }
    int generated = -1;
    this.types = new ColumnType[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      types[i] = columns.get(i).type();
      if (columns.get(i).identity()) {
        generated = i;
      }
    }
    this.generatedColumn = generated;
    this.fromFirst = consecutive(1);
    this.fromSecond = consecutive(2);
    this.defaulted = defaulted(columns);
  }

  /** The positions of the columns of {@code columns} that have a default, in order. */
  private static int[] defaulted(List<ColumnDef> columns) {
    int count = 0;
    for (ColumnDef column : columns) {
      count += column.defaultValue() != null ? 1 : 0;
    }
    int[] out = new int[count];
    for (int i = 0, n = 0; i < columns.size(); i++) {
      if (columns.get(i).defaultValue() != null) {
        out[n++] = i;
      }
    }
    return out;
  }

  /** {@code first, first + 1, ...}: one position per column. */
  private int[] consecutive(int first) {
    int[] at = new int[types.length];
    for (int i = 0; i < at.length; i++) {
      at[i] = first + i;
    }
    return at;
  }

  /** The entity's simple name ({@code Student}). */
  public final String entityName() {
    return entityName;
  }

  /** The entity's table. */
  public final TableDef table() {
    return table;
  }

  /** Position of the column named {@code column}. */
  public final int indexOf(String column) {
    List<ColumnDef> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(entityName + " has no column " + column);
  }

  /** Positions of the primary key columns, in key order. */
  public final int[] idColumns() {
    return idColumns.clone();
  }

  /** Position of the identity column, or -1 when the database assigns no value. */
  public final int generatedColumn() {
    return generatedColumn;
  }

  /** This entity's statements in {@code dialect}, written on first use. */
  public final Statements statements(Dialect dialect) {
    Statements found = statements.get(dialect);
    if (found == null) {
      // Written outside the map: a race writes the same statements twice, and the first one stays.
      Statements written = new Statements(this, dialect);
      found = statements.putIfAbsent(dialect, written);
      if (found == null) {
        found = written;
      }
    }
    return found;
  }

  /** {@link #idColumns()} without the copy, for the runtime's own use. */
  public final int[] idColumnsUnsafe() {
    return idColumns;
  }

  /** The positions of the columns that have a default, in order; not a copy, for the runtime's own use. */
  public final int[] defaultedUnsafe() {
    return defaulted;
  }

  /** The logical type of column {@code column}. */
  public final ColumnType type(int column) {
    return types[column];
  }

  /**
   * Builds an entity from the current row, reading every column of the table in order from JDBC
   * column {@code first}.
   */
  public final T read(ResultSet rs, int first, Dialect dialect) throws SQLException {
    return read(rs, first == 1 ? fromFirst : first == 2 ? fromSecond : consecutive(first), dialect);
  }

  /**
   * Builds an entity from the current row, reading column {@code i} of the table from JDBC column
   * {@code columns[i]}: in table order for the DAO's and the handles' own queries, in any order for a declared
   * query's. Written out for each entity, a typed getter of the dialect per column.
   */
  public abstract T read(ResultSet rs, int[] columns, Dialect dialect) throws SQLException;

  /** The value of column {@code column} of {@code entity} as stored: an enum is given as its name. */
  public abstract Object get(T entity, int column);

  /** A copy of {@code entity} carrying the database-assigned {@code id} in its identity column. */
  public T withGeneratedId(T entity, Object id) {
    throw new UnsupportedOperationException(entityName + " has no generated id");
  }

  /**
   * {@code entity} as a read of its row gives it back: its date-times as every database keeps them
   * ({@link dev.dovetail.dialect.StoredTime}), so that what {@code insert} returns equals what {@code findById}
   * reads. Generated mappings of entities with date-time columns override it; others store every value as given.
   */
  public T asStored(T entity) {
    return entity;
  }

  /** The id of {@code entity}: one value, or an array of values for a composite id. */
  public final Object[] idOf(T entity) {
    Object[] id = new Object[idColumns.length];
    for (int i = 0; i < id.length; i++) {
      id[i] = get(entity, idColumns[i]);
    }
    return id;
  }

  /** {@code Student(id=3)}: how an entity is named in messages. */
  public final String describe(T entity) {
    StringBuilder out = new StringBuilder(entityName).append('(');
    for (int i = 0; i < idColumns.length; i++) {
      out.append(i == 0 ? "" : ", ").append(table.columns().get(idColumns[i]).name()).append('=')
          .append(entity == null ? "?" : get(entity, idColumns[i]));
    }
    return out.append(')').toString();
  }

  /** {@code Student(id=3)} for a single-column id known without its entity, for messages. */
  public final String describeId(Object id) {
    return entityName + "(" + table.columns().get(idColumns[0]).name() + "=" + id + ")";
  }
}
