package dev.dovetail.runtime;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.internal.BatchLoader;
import dev.dovetail.runtime.internal.Culprits;
import dev.dovetail.runtime.internal.DaoContext;
import dev.dovetail.runtime.internal.EntityMapping;
import dev.dovetail.runtime.internal.ForeignKeyFailures;
import dev.dovetail.runtime.internal.ForeignKeySpec;
import dev.dovetail.runtime.internal.ManyToManySpec;
import dev.dovetail.runtime.internal.Sql;
import dev.dovetail.runtime.internal.Statements;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every generated DAO does: create, read, update and delete one entity type, and open its
 * relationship handles. Generated subclasses ({@code StudentDao}) add typed finders and one method per
 * relationship. SQL is written once per entity, in its context's dialect, which the first call detects on its own
 * connection when it was not given: making a DAO takes no connection.
 *
 * @param <T> the entity type
 */
public abstract class EntityDao<T> {
  /** The context statements run in. */
  protected final DaoContext ctx;
  /** The entity's mapping. */
  protected final EntityMapping<T> mapping;

  private final List<ColumnDef> columns;
  private final int generated;
  private final int[] idColumns;
  // The columns with a default: known without the dialect, so that an insert finds them before its connection.
  private final int[] defaulted;
  // This entity's SQL in the context's dialect, set by the first call (see sql()). Statements is immutable, its
  // fields final: a thread that sees it null writes the same one again.
  private Statements sql;

  /**
   * @param ctx where statements run
   * @param mapping the entity's mapping
   */
  protected EntityDao(DaoContext ctx, EntityMapping<T> mapping) {
    this.ctx = ctx;
    this.mapping = mapping;
    this.columns = mapping.table().columns();
    this.generated = mapping.generatedColumn();
    this.idColumns = mapping.idColumns();
    this.defaulted = mapping.defaultedUnsafe();
  }

  /**
   * This entity's statements in the context's dialect (written once per entity and dialect: a DAO is made for
   * every transaction). Called on a call's connection, where the dialect is known; before any call, asking
   * would take a connection to detect it.
   */
  private Statements sql() {
    Statements known = sql;
    if (known == null) {
      known = mapping.statements(ctx.dialect());
      sql = known;
    }
    return known;
  }

  /**
   * The statements, or null if the dialect is not known: for the message of a call that failed before it had
   * a connection to detect it on.
   */
  private Statements knownSql() {
    return sql != null || ctx.knownDialect() != null ? sql() : null;
  }

  /** The mapping of this DAO's entity. */
  public EntityMapping<T> mapping() {
    return mapping;
  }

  // ---------------------------------------------------------------- writes

  /**
   * Inserts {@code entity} and returns it as stored: with its database-assigned id when it has a
   * {@code @GeneratedValue} id that was {@code null}, and its date-times cut to the microsecond (and a zoned one
   * at UTC), as a later read gives them back. A column with a default ({@code @Column(defaultValue)},
   * {@code defaultNow}) whose value is {@code null} is left out of the insert, so that the database writes its
   * default, and the row is then read back: what is returned carries the defaults as stored.
   *
   * @throws ConstraintViolationException naming the column and value when a key or constraint refuses it
   */
  public T insert(T entity) {
    requireEntity(entity, "insert");
    BitSet omitted = defaultsToApply(entity);
    if (omitted != null) {
      try {
        return ctx.withConnection(connection -> insertWithDefaults(connection, entity, omitted));
      } catch (SQLException e) {
        throw violation(e, "insert " + mapping.describe(entity), entity, sql -> sql.insertOmitting(omitted));
      }
    }
    boolean assign = generated >= 0 && mapping.get(entity, generated) == null;
    try {
      return ctx.withConnection(connection -> {
        Statements sql = sql();
        try (PreparedStatement ps = assign
            ? connection.prepareStatement(sql.insertWithoutGenerated, sql.generatedKey)
            : connection.prepareStatement(sql.insertAllColumns)) {
          bindInsert(ps, entity, assign, sql.dialect);
          ps.executeUpdate();
          T stored = mapping.asStored(entity);
          return assign ? withKey(ps, stored, sql.dialect) : stored;
        }
      });
    } catch (SQLException e) {
      throw violation(e, "insert " + mapping.describe(entity), entity,
          sql -> assign ? sql.insertWithoutGenerated : sql.insertAllColumns);
    }
  }

  /**
   * Inserts every entity in one JDBC batch, all or none, and returns them as stored, in order. When a row leaves a
   * defaulted column {@code null} (see {@link #insert}), the rows are inserted one by one in one transaction
   * instead, each such row read back with the defaults the database wrote.
   *
   * @throws ConstraintViolationException naming the entity, column and value when one is refused; then
   *     none is inserted
   */
  public List<T> insertAll(Collection<? extends T> entities) {
    if (entities == null) {
      throw new DovetailException("cannot insert a null collection of " + mapping.entityName());
    }
    List<T> input = new ArrayList<>(entities);
    for (T entity : input) {
      requireEntity(entity, "insert");
    }
    if (input.isEmpty()) {
      return List.of();
    }
    if (input.stream().anyMatch(entity -> defaultsToApply(entity) != null)) {
      return insertEachWithDefaults(input);
    }
    List<T> assigned = new ArrayList<>();
    List<T> given = new ArrayList<>();
    for (T entity : input) {
      (generated >= 0 && mapping.get(entity, generated) == null ? assigned : given).add(entity);
    }
    try {
      List<T> stored = ctx.atomically(connection -> {
        List<T> out = new ArrayList<>(input.size());
        if (!assigned.isEmpty()) {
          out.addAll(batchInsert(connection, assigned, true));
        }
        if (!given.isEmpty()) {
          out.addAll(batchInsert(connection, given, false));
        }
        return out;
      });
      if (assigned.isEmpty() || given.isEmpty()) {
        return stored;
      }
      // Put the two batches back in the caller's order.
      List<T> ordered = new ArrayList<>(input.size());
      int a = 0;
      int g = assigned.size();
      for (T entity : input) {
        ordered.add(mapping.get(entity, generated) == null ? stored.get(a++) : stored.get(g++));
      }
      return ordered;
    } catch (SQLException e) {
      throw violation(e, "insertAll of " + input.size() + " " + mapping.entityName(), culprit(e, input),
          sql -> assigned.isEmpty() ? sql.insertAllColumns : sql.insertWithoutGenerated);
    }
  }

  /**
   * Inserts the entities one by one in one transaction, as some of them leave columns to their defaults and each
   * such row is read back; those that do not are inserted as {@link #insertAll} inserts them.
   */
  private List<T> insertEachWithDefaults(List<T> input) {
    try {
      return ctx.atomically(connection -> {
        List<T> out = new ArrayList<>(input.size());
        for (T entity : input) {
          BitSet omitted = defaultsToApply(entity);
          out.add(omitted != null ? insertWithDefaults(connection, entity, omitted)
              : batchInsert(connection, List.of(entity), generated >= 0 && mapping.get(entity, generated) == null)
                  .get(0));
        }
        return out;
      });
    } catch (SQLException e) {
      throw violation(e, "insertAll of " + input.size() + " " + mapping.entityName(), culprit(e, input),
          sql -> sql.insertAllColumns);
    }
  }

  /**
   * The columns of {@code entity} to leave out of its insert so that the database writes their defaults: those
   * with a default holding {@code null}, and then the generated id if it is {@code null}; {@code null} when no
   * default applies.
   */
  private BitSet defaultsToApply(T entity) {
    BitSet omitted = null;
    for (int column : defaulted) {
      if (mapping.get(entity, column) == null) {
        if (omitted == null) {
          omitted = new BitSet(columns.size());
        }
        omitted.set(column);
      }
    }
    if (omitted != null && generated >= 0 && mapping.get(entity, generated) == null) {
      omitted.set(generated);
    }
    return omitted;
  }

  /** Inserts {@code entity} without the {@code omitted} columns, then reads its row back by its id. */
  private T insertWithDefaults(Connection connection, T entity, BitSet omitted) throws SQLException {
    Statements sql = sql();
    Dialect dialect = sql.dialect;
    boolean assign = generated >= 0 && omitted.get(generated);
    String statement = sql.insertOmitting(omitted);
    Object[] id;
    try (PreparedStatement ps = assign
        ? connection.prepareStatement(statement, sql.generatedKey)
        : connection.prepareStatement(statement)) {
      int index = 1;
      for (int i = 0; i < columns.size(); i++) {
        if (!omitted.get(i)) {
          dialect.bind(ps, index++, mapping.get(entity, i), mapping.type(i));
        }
      }
      ps.executeUpdate();
      id = mapping.idOf(assign ? withKey(ps, entity, dialect) : entity);
    }
    try (PreparedStatement ps = connection.prepareStatement(sql.selectById)) {
      bindKey(ps, 1, id, dialect);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the row of " + describeKey(id) + " just inserted was not found by its id");
        }
        return mapping.read(rs, 1, dialect);
      }
    }
  }

  /**
   * The entity of a refused batch whose unique value is taken, or whose foreign key refers to no row, looked up
   * after the failure where the database's message does not say (SQLite never does); {@code null} if unknown.
   */
  private T culprit(SQLException e, List<T> input) {
    Dialect.Violation violation = classify(e);
    String table = mapping.table().name();
    if (violation == Dialect.Violation.UNIQUE) {
      for (IndexDef index : mapping.table().indexes()) {
        if (index.unique() && index.columns().size() == 1) {
          int column = mapping.indexOf(index.columns().get(0));
          Object value =
              Culprits.taken(ctx, table, index.columns().get(0), mapping.type(column), values(input, column));
          if (value != null) {
            return withValue(input, column, value);
          }
        }
      }
    } else if (violation == Dialect.Violation.FOREIGN_KEY) {
      for (ForeignKeyDef fk : mapping.table().foreignKeys()) {
        if (fk.columns().size() == 1) {
          int column = mapping.indexOf(fk.columns().get(0));
          List<Object> missing = Culprits.missing(ctx, fk.referencedTable(), fk.referencedColumns().get(0),
              mapping.type(column), values(input, column));
          if (!missing.isEmpty()) {
            return withValue(input, column, missing.get(0));
          }
        }
      }
    }
    return null;
  }

  private List<Object> values(List<T> entities, int column) {
    List<Object> out = new ArrayList<>(entities.size());
    for (T entity : entities) {
      out.add(mapping.get(entity, column));
    }
    return out;
  }

  private T withValue(List<T> entities, int column, Object value) {
    for (T entity : entities) {
      if (value.equals(mapping.get(entity, column))) {
        return entity;
      }
    }
    return null;
  }

  private List<T> batchInsert(Connection connection, List<T> batch, boolean assign) throws SQLException {
    Statements sql = sql();
    Dialect dialect = sql.dialect;
    try (PreparedStatement ps = assign
        ? connection.prepareStatement(sql.insertWithoutGenerated, sql.generatedKey)
        : connection.prepareStatement(sql.insertAllColumns)) {
      if (assign && !dialect.batchReturnsGeneratedKeys()) {
        // The driver would report only the last key of a batch: run the one statement row by row instead.
        List<T> out = new ArrayList<>(batch.size());
        for (T entity : batch) {
          bindInsert(ps, entity, true, dialect);
          ps.executeUpdate();
          out.add(withKey(ps, mapping.asStored(entity), dialect));
        }
        return out;
      }
      for (T entity : batch) {
        bindInsert(ps, entity, assign, dialect);
        ps.addBatch();
      }
      ps.executeBatch();
      List<T> out = new ArrayList<>(batch.size());
      if (!assign) {
        for (T entity : batch) {
          out.add(mapping.asStored(entity));
        }
        return out;
      }
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (T entity : batch) {
          if (!keys.next()) {
            throw new SQLException("the driver returned fewer generated keys than rows inserted");
          }
          Object key = dialect.getValue(keys, 1, mapping.type(generated));
          out.add(mapping.withGeneratedId(mapping.asStored(entity), key));
        }
      }
      return out;
    }
  }

  private void bindInsert(PreparedStatement ps, T entity, boolean skipGenerated, Dialect dialect)
      throws SQLException {
    int index = 1;
    for (int i = 0; i < columns.size(); i++) {
      if (!(skipGenerated && i == generated)) {
        dialect.bind(ps, index++, mapping.get(entity, i), mapping.type(i));
      }
    }
  }

  private T withKey(PreparedStatement ps, T entity, Dialect dialect) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the driver returned no generated key");
      }
      return mapping.withGeneratedId(entity, dialect.getValue(keys, 1, mapping.type(generated)));
    }
  }

  /**
   * Writes every column of {@code entity} to the row with its id.
   *
   * @return whether a row with that id existed (and was updated)
   * @throws DovetailException when the entity or its id is null
   */
  public boolean update(T entity) {
    Object[] id = Sql.requireId(mapping, entity, "update", null);
    if (columns.size() == idColumns.length) {
      return existsByKey(id); // nothing to set but the id
    }
    boolean changed;
    try {
      changed = ctx.withConnection(connection -> {
        Statements sql = sql();
        int[] updateColumns = sql.updateColumns;
        try (PreparedStatement ps = connection.prepareStatement(sql.update)) {
          for (int i = 0; i < updateColumns.length; i++) {
            sql.dialect.bind(ps, i + 1, mapping.get(entity, updateColumns[i]), mapping.type(updateColumns[i]));
          }
          return ps.executeUpdate() > 0;
        }
      });
    } catch (SQLException e) {
      throw violation(e, "update " + mapping.describe(entity), entity, sql -> sql.update);
    }
    // Where 0 rows may also mean "found, already holding these values", ask whether the row is there.
    return changed || sql().dialect.updateCountsOnlyChangedRows() && existsByKey(id);
  }

  /** Deletes the row of {@code entity}; returns whether there was one. */
  public boolean delete(T entity) {
    return deleteByKey(Sql.requireId(mapping, entity, "delete", null));
  }

  /** Deletes the row with this id (one value per id column); returns whether there was one. */
  protected boolean deleteByKey(Object... id) {
    requireKey(id, "delete");
    try {
      return ctx.withConnection(connection -> {
        Statements sql = sql();
        try (PreparedStatement ps = connection.prepareStatement(sql.deleteById)) {
          bindKey(ps, 1, id, sql.dialect);
          return ps.executeUpdate() > 0;
        }
      });
    } catch (SQLException e) {
      if (classify(e) == Dialect.Violation.FOREIGN_KEY) {
        Statements sql = sql();
        throw Sql.translate(sql.dialect, e, "delete " + describeKey(id),
            ForeignKeyFailures.refusedDelete(ctx, mapping, referrers(), id, e), sql.deleteById);
      }
      throw violation(e, "delete " + describeKey(id), null, sql -> sql.deleteById);
    }
  }

  /**
   * The mappings of the entities whose {@code @ManyToOne} refers to this one (this one's included, when it
   * refers to itself), so that a refused delete names the referring table and column even where the database
   * does not. Generated DAOs override it; none by default.
   */
  protected List<EntityMapping<?>> referrers() {
    return List.of();
  }

  // ---------------------------------------------------------------- reads

  /** The entity with this id (one value per id column), if it exists. */
  protected Optional<T> findByKey(Object... id) {
    requireKey(id, "find");
    // The description is written only if the query fails: writing it costs a tenth of an H2 lookup.
    return run(() -> "find " + describeKey(id), SELECT_BY_ID, (ps, dialect) -> {
      bindKey(ps, 1, id, dialect);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapping.read(rs, 1, dialect)) : Optional.empty();
      }
    });
  }

  /** Whether a row with this id exists. */
  protected boolean existsByKey(Object... id) {
    requireKey(id, "look for");
    return run(() -> "look for " + describeKey(id), EXISTS_BY_ID, (ps, dialect) -> {
      bindKey(ps, 1, id, dialect);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    });
  }

  /** Whether the row of {@code entity} (by its id) exists. */
  public boolean exists(T entity) {
    return existsByKey(Sql.requireId(mapping, entity, "look for", null));
  }

  /** Every row, in no particular order; use {@link #query()} to filter, order or page. */
  public List<T> findAll() {
    return query().all();
  }

  /** All rows of the table as a query to filter, order and page; the table is aliased {@code t}. */
  public RelationQuery<T> query() {
    return new RelationQuery<>(ctx, mapping, mapping.entityName(), sql().targetFrom, "1 = 1", List.of(), List.of());
  }

  /** The number of rows. */
  public long count() {
    return query().count();
  }

  // ---------------------------------------------------------------- relationships

  /** The handle of relationship {@code spec} of {@code owner}. */
  protected <U> ManyToManyHandle<T, U> manyToMany(ManyToManySpec<T, U> spec, T owner) {
    return ManyToManyHandle.open(ctx, spec, owner);
  }

  /** The targets of {@code spec} of every owner, in one query per chunk of owners. */
  protected <U> Map<T, List<U>> loadManyToMany(ManyToManySpec<T, U> spec, Collection<? extends T> owners) {
    return BatchLoader.manyToMany(ctx, spec, owners);
  }

  /** The entity {@code child}'s foreign key {@code spec} refers to; empty when the column is null. */
  protected <P> Optional<P> manyToOne(ForeignKeySpec<T, P> spec, T child) {
    return BatchLoader.parent(ctx, spec, child);
  }

  /** The children referring to {@code parent} through {@code spec}. */
  protected <C> OneToManyHandle<C, T> oneToMany(ForeignKeySpec<C, T> spec, T parent) {
    return new OneToManyHandle<>(ctx, spec, parent);
  }

  /** The children of every parent, in one query per chunk of parents. */
  protected <C> Map<T, List<C>> loadOneToMany(ForeignKeySpec<C, T> spec, Collection<? extends T> parents) {
    return BatchLoader.children(ctx, spec, parents);
  }

  /** The handle of relationship {@code spec} of the owner whose id is {@code ownerId}, which is not read. */
  protected <U> ManyToManyHandle<T, U> manyToManyById(ManyToManySpec<T, U> spec, Object ownerId) {
    return ManyToManyHandle.openById(ctx, spec, ownerId);
  }

  /** The targets of {@code spec} of every owner id, in one query per chunk of ids; the owners are not read. */
  protected <K, U> Map<K, List<U>> loadManyToManyByIds(ManyToManySpec<T, U> spec, Collection<? extends K> ownerIds) {
    return BatchLoader.manyToManyByIds(ctx, spec, ownerIds);
  }

  /** The entity the foreign key {@code spec} of the child with id {@code childId} refers to, in one query. */
  protected <P> Optional<P> manyToOneById(ForeignKeySpec<T, P> spec, Object childId) {
    return BatchLoader.parentById(ctx, spec, childId);
  }

  /** The children referring through {@code spec} to the parent whose id is {@code parentId}, which is not read. */
  protected <C> OneToManyHandle<C, T> oneToManyById(ForeignKeySpec<C, T> spec, Object parentId) {
    return OneToManyHandle.openById(ctx, spec, parentId);
  }

  /** The children of every parent id, in one query per chunk of ids; the parents are not read. */
  protected <K, C> Map<K, List<C>> loadOneToManyByIds(ForeignKeySpec<C, T> spec, Collection<? extends K> parentIds) {
    return BatchLoader.childrenByIds(ctx, spec, parentIds);
  }

  // ---------------------------------------------------------------- helpers

  private void requireEntity(T entity, String verb) {
    if (entity == null) {
      throw new DovetailException("cannot " + verb + " a null " + mapping.entityName());
    }
  }

  private void requireKey(Object[] id, String verb) {
    if (id == null || id.length != idColumns.length) {
      throw new DovetailException("cannot " + verb + " " + mapping.entityName() + ": expected " + idColumns.length
          + " id value(s)");
    }
    for (Object part : id) {
      if (part == null) {
        throw new DovetailException("cannot " + verb + " " + describeKey(id) + ": the id is null");
      }
    }
  }

  private int bindKey(PreparedStatement ps, int first, Object[] id, Dialect dialect) throws SQLException {
    for (int i = 0; i < id.length; i++) {
      dialect.bind(ps, first + i, id[i], mapping.type(idColumns[i]));
    }
    return first + id.length;
  }

  private String describeKey(Object[] id) {
    StringBuilder out = new StringBuilder(mapping.entityName()).append('(');
    for (int i = 0; i < idColumns.length; i++) {
      out.append(i == 0 ? "" : ", ").append(columns.get(idColumns[i]).name()).append('=')
          .append(id != null && i < id.length ? id[i] : "?");
    }
    return out.append(')').toString();
  }

  /**
   * Translates a refused write, naming the constraint's column and the entity's value for it when the
   * database's message names the constraint (or, on SQLite, its columns; or the one foreign key set).
   */
  private DovetailException violation(SQLException e, String what, T entity, Function<Statements, String> statement) {
    String detail = what;
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    Dialect.Violation violation = classify(e);
    List<ForeignKeyDef> named = mapping.table().foreignKeys().stream()
        .filter(fk -> message.contains(fk.name().toLowerCase(Locale.ROOT))).toList();
    if (named.isEmpty() && violation == Dialect.Violation.FOREIGN_KEY && entity != null) {
      // SQLite does not say which key failed: name the one key that refers to something, if there is one.
      List<ForeignKeyDef> set = mapping.table().foreignKeys().stream()
          .filter(fk -> mapping.get(entity, mapping.indexOf(fk.columns().get(0))) != null).toList();
      named = set.size() == 1 ? set : List.of();
    }
    for (ForeignKeyDef fk : named) {
      String column = fk.columns().get(0);
      detail = what + ": " + mapping.table().name() + "." + column
          + (entity == null ? "" : " = " + mapping.get(entity, mapping.indexOf(column)))
          + " must refer to an existing row of " + fk.referencedTable();
    }
    for (IndexDef index : mapping.table().indexes()) {
      if (index.unique() && (message.contains(index.name().toLowerCase(Locale.ROOT))
          || namesColumns(message, index.columns()))) {
        String column = index.columns().get(0);
        detail = what + ": " + mapping.table().name() + "." + column
            + (entity == null ? "" : " = " + mapping.get(entity, mapping.indexOf(column)))
            + " is already taken";
      }
    }
    if (entity != null && violation == Dialect.Violation.NOT_NULL) {
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).nullable() && !columns.get(i).identity() && mapping.get(entity, i) == null) {
          detail = what + ": " + mapping.table().name() + "." + columns.get(i).name() + " may not be null";
        }
      }
    }
    Statements sql = knownSql();
    return sql == null ? Sql.translate(null, e, detail, null)
        : Sql.translate(sql.dialect, e, detail, statement.apply(sql));
  }

  /** What kind of refusal {@code e} is; {@link Dialect.Violation#OTHER} before the dialect is known. */
  private Dialect.Violation classify(SQLException e) {
    Statements sql = knownSql();
    return sql == null ? Dialect.Violation.OTHER : sql.dialect.classify(e);
  }

  private static final Function<Statements, String> SELECT_BY_ID = sql -> sql.selectById;
  private static final Function<Statements, String> EXISTS_BY_ID = sql -> sql.existsById;

  /** Work on a prepared statement, in the dialect of the call. */
  @FunctionalInterface
  private interface StatementWork<R> {
    R apply(PreparedStatement ps, Dialect dialect) throws SQLException;
  }

  /**
   * Prepares the statement {@code statement} picks from this entity's SQL, on the call's connection (where the
   * dialect is known, detected on it if need be), and runs {@code work} on it as one statement (see
   * {@link DaoContext#oneStatement}); a database error becomes a {@link DovetailException} saying {@code what},
   * written only if it failed.
   */
  private <R> R run(Supplier<String> what, Function<Statements, String> statement, StatementWork<R> work) {
    try {
      return ctx.oneStatement(connection -> {
        Statements sql = sql();
        try (PreparedStatement ps = connection.prepareStatement(statement.apply(sql))) {
          return work.apply(ps, sql.dialect);
        }
      });
    } catch (SQLException e) {
      Statements sql = knownSql();
      throw sql == null ? Sql.translate(null, e, what.get(), null)
          : Sql.translate(sql.dialect, e, what.get(), statement.apply(sql));
    }
  }

  /** Whether the message names the columns as {@code table.column}, as SQLite's "UNIQUE constraint failed" does. */
  private boolean namesColumns(String message, List<String> indexColumns) {
    String table = mapping.table().name().toLowerCase(Locale.ROOT);
    for (String column : indexColumns) {
      if (!message.contains(table + "." + column.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
