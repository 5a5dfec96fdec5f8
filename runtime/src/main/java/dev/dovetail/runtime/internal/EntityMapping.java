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
 * {@code StudentDao.Mapping}), so that reading rows and binding values needs no reflection.
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
  private final int generatedColumn;
  private final ColumnType[] types;
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
    this.idColumns = table.primaryKey().stream().mapToInt(this::indexOf).toArray();
    int generated = -1;
    this.types = new ColumnType[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      types[i] = columns.get(i).type();
      if (columns.get(i).identity()) {
        generated = i;
      }
    }
    this.generatedColumn = generated;
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
    return found != null ? found : statements.computeIfAbsent(dialect, d -> new Statements(this, d));
  }

  /** {@link #idColumns()} without the copy, for the runtime's own use. */
  public final int[] idColumnsUnsafe() {
    return idColumns;
  }

  /** The logical type of column {@code column}. */
  public final ColumnType type(int column) {
    return types[column];
  }

  /**
   * Builds an entity from the current row, reading every column of the table in order from JDBC
   * column {@code first}.
   */
  public abstract T read(ResultSet rs, int first, Dialect dialect) throws SQLException;

  /**
   * Builds an entity from the current row, reading column {@code i} of the table from JDBC column
   * {@code columns[i]}: how a declared query whose columns come in another order reads its rows. Generated
   * mappings override it; this fallback reads columns that are consecutive and in table order.
   */
  public T read(ResultSet rs, int[] columns, Dialect dialect) throws SQLException {
    for (int i = 1; i < columns.length; i++) {
      if (columns[i] != columns[0] + i) {
        throw new UnsupportedOperationException(entityName + "'s mapping reads its columns in table order only; "
            + "regenerate it with the current processor");
      }
    }
    return read(rs, columns[0], dialect);
  }

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
