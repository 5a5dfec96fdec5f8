package dev.dovetail.schema;

/**
 * The logical type of a column, independent of any database. Each {@link dev.dovetail.dialect.Dialect}
 * renders it as its own SQL type, and reads and binds the Java values listed here.
 */
public enum ColumnType {
  /** {@code boolean}, {@code Boolean}. */
  BOOLEAN,
  /** {@code byte}, {@code short} and their boxes. */
  SMALLINT,
  /** {@code int}, {@code Integer}. */
  INTEGER,
  /** {@code long}, {@code Long}. */
  BIGINT,
  /** {@code float}, {@code Float}. */
  REAL,
  /** {@code double}, {@code Double}. */
  DOUBLE,
  /** {@code BigDecimal}, with precision and scale. */
  DECIMAL,
  /** {@code char}, {@code Character}: one character. */
  CHAR,
  /** {@code String} and enums (by name), with a maximum length. */
  VARCHAR,
  /** {@code String} of unbounded length. */
  TEXT,
  /** {@code UUID}. */
  UUID,
  /** {@code byte[]}. */
  BINARY,
  /** {@code LocalDate}. */
  DATE,
  /** {@code LocalDateTime}: a wall-clock time without zone. */
  TIMESTAMP,
  /** {@code Instant}, {@code OffsetDateTime}: a point in time, stored so that no zone shifts it. */
  TIMESTAMP_TZ
}
