package dev.dovetail.dialect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A date-time as every database keeps it: to the microsecond, the finer part cut off towards the past (never
 * rounded), and a zoned one at offset UTC. Every dialect binds what these methods return, so that the four
 * databases store the same value (left to the drivers, H2's and PostgreSQL's round to the nearest microsecond,
 * carrying {@code 23:59:59.9999995} into the next year, while MariaDB's and SQLite's cut off), and what
 * {@code insert} returns equals what a later read gives. Each method takes and gives {@code null}.
 */
public final class StoredTime {
  private StoredTime() {}

  /** {@code value} cut to the microsecond. */
  public static Instant instant(Instant value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code value} cut to the microsecond. */
  public static LocalDateTime localDateTime(LocalDateTime value) {
    return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * {@code value} cut to the microsecond, at offset UTC: a {@code TIMESTAMP WITH TIME ZONE} keeps the point in
   * time, not the offset it was given at (MariaDB's and SQLite's keep no offset at all).
   */
  public static OffsetDateTime offsetDateTime(OffsetDateTime value) {
    return value == null ? null : instant(value.toInstant()).atOffset(ZoneOffset.UTC);
  }
}
