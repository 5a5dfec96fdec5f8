package dev.dovetail.dialect;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.TableDef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * SQLite 3.35 and later, in process through the xerial sqlite-jdbc driver. What differs:
 *
 * <ul>
 *   <li>columns are declared by storage class: {@code INTEGER} (booleans as 0/1), {@code REAL}, {@code TEXT},
 *       {@code BLOB}. {@code BigDecimal} is {@code TEXT}, so it stays exact (a {@code NUMERIC} column would
 *       keep 15 digits); {@code UUID} is its canonical {@code TEXT};
 *   <li>points in time are {@code TEXT} in ISO-8601 at UTC with exactly six fractional digits
 *       ({@code 2024-03-31T01:30:00.123456Z}; wall-clock times alike, without the {@code Z}). Fixed width at
 *       one offset, they sort as text in time order and round-trip to the microsecond, they read as dates in
 *       the {@code sqlite3} shell, and SQLite's date functions take them. Years outside 0000-9999 are refused,
 *       as they would not sort;
 *   <li>an identity column is {@code INTEGER PRIMARY KEY AUTOINCREMENT}, declared on the column (a table
 *       constraint would not make it the row id), so that ids are never reused, as on the other databases;
 *   <li>foreign keys are enforced only when switched on per connection: {@link #prepareConnection} does it.
 *       SQLite cannot add a foreign key to an existing table, and needs not: every foreign key is declared
 *       inside {@code CREATE TABLE}, as SQLite lets a table refer to one created later;
 *   <li>the batch driver reports only the last generated key, so generated ids are read row by row;
 *   <li>errors are told apart by the extended result code that sqlite-jdbc puts at the start of the message.
 * </ul>
 */
final class SqliteDialect extends Dialect {
  /** SQLite's keywords that may not stand as bare names (those its parser does not fall back to a name for). */
  private static final Set<String> RESERVED = Set.of(
      "add", "all", "alter", "and", "as", "autoincrement", "between", "case", "check", "collate", "commit",
      "constraint", "create", "cross", "current_date", "current_time", "current_timestamp", "default",
      "deferrable", "delete", "distinct", "drop", "else", "escape", "except", "exists", "filter", "foreign",
      "from", "full", "glob", "group", "having", "in", "index", "indexed", "inner", "insert", "intersect", "into",
      "is", "isnull", "join", "left", "like", "limit", "natural", "not", "nothing", "notnull", "null", "on", "or",
      "order", "outer", "over", "primary", "references", "regexp", "returning", "right", "rollback", "select",
      "set", "table", "then", "to", "transaction", "union", "unique", "update", "using", "values", "when",
      "where", "window");

  private static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON";
  private static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys = OFF";

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  protected Set<String> reservedWords() {
    return RESERVED;
  }

  /**
   * Switches foreign-key enforcement on, which SQLite leaves off on every new connection. It cannot be switched
   * inside a transaction: a connection handed over with one open must have been opened with
   * {@code foreign_keys=true}, or it is refused rather than left unchecked.
   */
  @Override
  public void prepareConnection(Connection connection) throws SQLException {
    if (connection.getAutoCommit()) {
      try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS_ON)) {
        ps.execute();
      }
      return;
    }
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
      if (!rs.next() || rs.getInt(1) != 1) {
        throw new SQLException("SQLite enforces foreign keys only when they are switched on before a transaction "
            + "begins; open the connection with foreign_keys=true (jdbc:sqlite:file.db?foreign_keys=true), or let "
            + "Dovetail open it");
      }
    }
  }

  @Override
  public List<String> connectionSetup() {
    return List.of(FOREIGN_KEYS_ON);
  }

  // ---------------------------------------------------------------- types and DDL

  @Override
  public String sqlType(ColumnDef c) {
    return switch (c.type()) {
      case BOOLEAN, SMALLINT, INTEGER, BIGINT -> "INTEGER";
      case REAL, DOUBLE -> "REAL";
      case DECIMAL, CHAR, VARCHAR, TEXT, UUID, DATE, TIMESTAMP, TIMESTAMP_TZ -> "TEXT";
      case BINARY -> "BLOB";
    };
  }

  @Override
  public String columnDefinition(ColumnDef column) {
    if (column.identity()) {
      // The row id itself; only a table whose whole key is this column gets here (see createTable).
      return quote(column.name()) + " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL";
    }
    return super.columnDefinition(column);
  }

  /**
   * The current time as {@link SqliteTime} writes a point in time, six fractional digits and all, so that it
   * sorts with the values the runtime binds; {@code %f} gives milliseconds.
   */
  @Override
  protected String currentTimestamp() {
    return "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')";
  }

  /** Booleans as 0 and 1, and every other literal as the text the runtime binds for it. */
  @Override
  protected String literal(ColumnType type, String canonical) {
    return switch (type) {
      case BOOLEAN -> canonical.equals("true") ? "1" : "0";
      case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE -> canonical;
      case BINARY -> super.literal(type, canonical);
      default -> quoteText(canonical);
    };
  }

  @Override
  protected boolean primaryKeyOnColumn(TableDef table) {
    return table.columns().stream().anyMatch(ColumnDef::identity);
  }

  /**
   * An identity column that is not the whole primary key cannot be SQLite's row id: it is written as a plain
   * {@code INTEGER}, and rows of such a table must be given their id.
   */
  @Override
  public String createTable(TableDef table, List<ForeignKeyDef> inlineForeignKeys) {
    boolean rowId =
        table.columns().stream().anyMatch(c -> c.identity() && table.primaryKey().equals(List.of(c.name())));
    if (rowId || table.columns().stream().noneMatch(ColumnDef::identity)) {
      return super.createTable(table, inlineForeignKeys);
    }
    List<ColumnDef> plain = table.columns().stream().map(c -> c.identity()
        ? new ColumnDef(c.name(), c.type(), c.length(), c.precision(), c.scale(), c.nullable(), false) : c).toList();
    return super.createTable(new TableDef(table.name(), plain, table.primaryKey(), table.foreignKeys(),
        table.indexes()), inlineForeignKeys);
  }

  /** Every table with all its foreign keys inline, in order, then the indexes: nothing is added later. */
  @Override
  public List<String> createSchema(SchemaDef schema) {
    List<String> statements = new ArrayList<>();
    for (TableDef table : schema.tables()) {
      statements.add(createTable(table, table.foreignKeys()));
    }
    for (TableDef table : schema.tables()) {
      for (IndexDef index : table.indexes()) {
        statements.add(createIndex(table.name(), index));
      }
    }
    return statements;
  }

  @Override
  public String addForeignKey(String table, ForeignKeyDef fk) {
    throw new UnsupportedOperationException("SQLite cannot add a foreign key to an existing table (" + table
        + "." + fk.name() + "); declare it in CREATE TABLE");
  }

  @Override
  public String dropTable(String table) {
    return "DROP TABLE IF EXISTS " + quote(table);
  }

  /**
   * Dependents first, with foreign keys switched off: dropping a table deletes its rows first, which fires the
   * {@code ON DELETE} actions and checks of the tables referring to it, and along a cycle of foreign keys some
   * of those tables are gone already ("no such table"). Foreign keys cannot be switched off inside a
   * transaction, so the drops run one by one ({@link #dropSchemaInTransaction}); {@code DROP TABLE IF EXISTS}
   * lets a drop that stopped half-way be run again. Inside a caller's transaction, where the switch is ignored,
   * the checks at least wait for its commit.
   */
  @Override
  public List<String> dropSchema(SchemaDef schema) {
    List<String> statements = new ArrayList<>();
    statements.add(FOREIGN_KEYS_OFF);
    statements.add("PRAGMA defer_foreign_keys = ON");
    statements.addAll(super.dropSchema(schema));
    statements.addAll(afterDropSchema());
    return statements;
  }

  @Override
  public boolean dropSchemaInTransaction() {
    return false;
  }

  /** Foreign keys back on, as {@link #prepareConnection} left them. */
  @Override
  public List<String> afterDropSchema() {
    return List.of(FOREIGN_KEYS_ON);
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  // ---------------------------------------------------------------- DML

  @Override
  public boolean batchReturnsGeneratedKeys() {
    return false;
  }

  @Override
  public String limitOffset(long limit, long offset) {
    // SQLite takes an OFFSET only after a LIMIT, where -1 means none.
    if (offset > 0) {
      return " LIMIT " + limit + " OFFSET " + offset;
    }
    return limit >= 0 ? " LIMIT " + limit : "";
  }

  @Override
  public String keysCondition(String qualifiedColumn, ColumnType type, int count) {
    // More keys than one chunk of batched loading: one JSON parameter read as a table, within any build's
    // parameter limit (999 before 3.32, 32,766 since, 250,000 in the JDBC driver's own build).
    return count <= maxKeysPerQuery() ? super.keysCondition(qualifiedColumn, type, count)
        : qualifiedColumn + " IN (SELECT value FROM json_each(?))";
  }

  @Override
  public int bindKeys(PreparedStatement ps, int index, List<?> keys, ColumnType type) throws SQLException {
    if (keys.size() <= maxKeysPerQuery()) {
      return super.bindKeys(ps, index, keys, type);
    }
    ps.setString(index, JsonKeys.array(keys));
    return index + 1;
  }

  @Override
  public String textMatch(TextMatch match, String column) {
    // As blobs: SQLite's LIKE stops at a NUL, ignores the case of ASCII letters and refuses a pattern over
    // 50,000 bytes, and its text functions count characters only up to a NUL; blob functions count bytes.
    String value = "CAST(? AS BLOB)";
    String blob = "CAST(" + column + " AS BLOB)";
    return switch (match) {
      case CONTAINS -> "instr(" + blob + ", " + value + ") > 0";
      case STARTS_WITH -> "substr(" + blob + ", 1, length(" + value + ")) = " + value;
      case ENDS_WITH -> "substr(" + blob + ", -length(" + value + ")) = " + value;
    };
  }

  /** Below 999, the bound-parameter limit of SQLite builds before 3.32; newer ones take 32766. */
  @Override
  public int maxKeysPerQuery() {
    return 900;
  }

  // ---------------------------------------------------------------- values

  @Override
  public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlTypeCode(type));
      return;
    }
    switch (type) {
      case DECIMAL -> ps.setString(index, ((BigDecimal) value).toPlainString());
      case DATE -> ps.setString(index, SqliteTime.date((LocalDate) value));
      case TIMESTAMP -> ps.setString(index, SqliteTime.dateTime(StoredTime.localDateTime((LocalDateTime) value)));
      default -> super.bind(ps, index, value, type);
    }
  }

  @Override
  public void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof BigDecimal decimal) {
      ps.setString(index, decimal.toPlainString());
    } else if (value instanceof LocalDate date) {
      ps.setString(index, SqliteTime.date(date));
    } else if (value instanceof LocalDateTime dateTime) {
      ps.setString(index, SqliteTime.dateTime(StoredTime.localDateTime(dateTime)));
    } else if (value instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0);
    } else {
      super.bindValue(ps, index, value);
    }
  }

  @Override
  protected int sqlTypeCode(ColumnType type) {
    return switch (type) {
      case BOOLEAN, SMALLINT, INTEGER, BIGINT -> Types.INTEGER;
      case REAL, DOUBLE -> Types.REAL;
      case BINARY -> Types.BLOB;
      default -> Types.VARCHAR;
    };
  }

  @Override
  protected void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
    ps.setString(index, value.toString());
  }

  @Override
  protected void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    ps.setString(index, SqliteTime.instant(value));
  }

  @Override
  public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : new BigDecimal(v);
  }

  @Override
  public UUID getUuid(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : UUID.fromString(v);
  }

  @Override
  public byte[] getBytes(ResultSet rs, int index) throws SQLException {
    byte[] v = rs.getBytes(index);
    // An empty BLOB comes back as no bytes at all; only SQL NULL is null.
    return v == null && !rs.wasNull() ? new byte[0] : v;
  }

  @Override
  public LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : LocalDate.parse(v);
  }

  @Override
  public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : SqliteTime.parseDateTime(v);
  }

  @Override
  public Instant getInstant(ResultSet rs, int index) throws SQLException {
    String v = rs.getString(index);
    return v == null ? null : SqliteTime.parseInstant(v);
  }

  // ---------------------------------------------------------------- errors

  /**
   * Classifies by the extended result code that sqlite-jdbc writes first in the message
   * ({@code [SQLITE_CONSTRAINT_FOREIGNKEY] ...}), as its SQLSTATE is empty and its error code the primary one; a
   * delete refused by {@code ON DELETE RESTRICT} is {@code [SQLITE_CONSTRAINT_TRIGGER]} with SQLite's "FOREIGN KEY
   * constraint failed".
   */
  @Override
  public Violation classify(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
      // ON DELETE RESTRICT is carried out like a trigger, and refuses as one: SQLITE_CONSTRAINT_TRIGGER.
      if (message.contains("SQLITE_CONSTRAINT_FOREIGNKEY")
          || message.contains("SQLITE_CONSTRAINT_TRIGGER") && message.contains("FOREIGN KEY CONSTRAINT FAILED")) {
        return Violation.FOREIGN_KEY;
      }
      if (message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
        return Violation.UNIQUE;
      }
      if (message.contains("SQLITE_CONSTRAINT_NOTNULL")) {
        return Violation.NOT_NULL;
      }
    }
    return Violation.OTHER;
  }

  @Override
  public boolean isTransientLockFailure(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
      if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
        return true;
      }
    }
    return false;
  }
}
