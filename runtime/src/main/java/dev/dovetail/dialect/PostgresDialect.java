package dev.dovetail.dialect;

import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL 12 and later. Keeps timestamps to the microsecond. Uses nothing that PostgreSQL-compatible
 * distributed engines lack where an equal alternative exists: identity columns rather than {@code SERIAL},
 * {@code ON CONFLICT DO NOTHING} rather than rules, {@code = ANY(?)} arrays rather than temporary tables.
 */
final class PostgresDialect extends Dialect {
  /** PostgreSQL's reserved key words (its manual's appendix C, "reserved" and "reserved (can be function or type)"). */
  private static final Set<String> RESERVED = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
      "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
      "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
      "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
      "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
      "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
      "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
      "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
      "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
      "where", "window", "with");

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  protected Set<String> reservedWords() {
    return RESERVED;
  }

  @Override
  public String sqlType(ColumnDef c) {
    return switch (c.type()) {
      case BOOLEAN -> "BOOLEAN";
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case DECIMAL -> "NUMERIC(" + c.precision() + ", " + c.scale() + ")";
      case CHAR -> "CHAR(1)";
      case VARCHAR -> "VARCHAR(" + c.length() + ")";
      case TEXT -> "TEXT";
      case UUID -> "UUID";
      case BINARY -> "BYTEA";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP(6)";
      case TIMESTAMP_TZ -> "TIMESTAMPTZ(6)";
    };
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public boolean streamsOnlyInTransaction() {
    return true;
  }

  @Override
  public String keysCondition(String qualifiedColumn, ColumnType type, int count) {
    return qualifiedColumn + " = ANY(?)";
  }

  @Override
  public int bindKeys(PreparedStatement ps, int index, List<?> keys, ColumnType type) throws SQLException {
    String elementType = switch (type) {
      case SMALLINT -> "int2";
      case INTEGER -> "int4";
      case BIGINT -> "int8";
      case UUID -> "uuid";
      default -> "varchar";
    };
    ps.setArray(index, ps.getConnection().createArrayOf(elementType, keys.toArray()));
    return index + 1;
  }
}
