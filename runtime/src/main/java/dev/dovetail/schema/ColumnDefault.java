package dev.dovetail.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The value a column takes when a row is written without it: a literal of the column's type, or the current
 * point in time. Each {@link dev.dovetail.dialect.Dialect} renders it in its {@code DEFAULT} clause.
 *
 * <p>A literal is kept in one canonical text per type, so that two spellings of one value ({@code "1.0"} and
 * {@code "1.00"} aside, which differ in scale) are one default in the snapshot: {@code true}/{@code false};
 * integers and decimals as {@link BigDecimal#toPlainString()}; floating-point numbers as Java prints them;
 * text as written; a {@code UUID} in lowercase; a date as {@code 2024-02-29}; a date-time as
 * {@code 2024-02-29T10:15:30.000000}; a point in time at UTC as {@code 2024-02-29T10:15:30.000000Z}.
 *
 * @param literal the canonical text of the value, {@code null} for {@link #now()}
 */
public record ColumnDefault(String literal) {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private static final ColumnDefault NOW = new ColumnDefault(null);

  /** The current point in time, as the database's clock has it when the row is written. */
  public static ColumnDefault now() {
    return NOW;
  }

  /** A literal already in its canonical text, as {@link #canonical} gives it (and a snapshot keeps it). */
  public static ColumnDefault literal(String canonical) {
    return new ColumnDefault(Objects.requireNonNull(canonical, "canonical"));
  }

  /** Whether this is the current point in time rather than a literal. */
  public boolean isNow() {
    return literal == null;
  }

  /**
   * The canonical text of {@code written} as a value of a column of {@code type}.
   *
   * @throws IllegalArgumentException saying what a value of that type looks like, when {@code written} is not one
   */
  public static String canonical(ColumnType type, String written) {
    try {
      return switch (type) {
        case BOOLEAN -> switch (written) {
          case "true", "false" -> written;
          default -> throw new IllegalArgumentException("write true or false");
        };
        case SMALLINT -> Short.toString(Short.parseShort(written));
        case INTEGER -> Integer.toString(Integer.parseInt(written));
        case BIGINT -> Long.toString(Long.parseLong(written));
        case REAL -> finite(Float.parseFloat(written), written);
        case DOUBLE -> finite(Double.parseDouble(written), written);
        case DECIMAL -> new BigDecimal(written).toPlainString();
        case CHAR -> {
          if (written.length() != 1) {
            throw new IllegalArgumentException("write exactly one character");
          }
          yield written;
        }
        case VARCHAR, TEXT -> written;
        case UUID -> UUID.fromString(written).toString().toLowerCase(Locale.ROOT);
        case BINARY -> throw new IllegalArgumentException("a byte[] column takes no literal default");
        case DATE -> LocalDate.parse(written).toString();
        case TIMESTAMP -> DATE_TIME.format(LocalDateTime.parse(written));
        case TIMESTAMP_TZ -> DATE_TIME.format(instant(written).atOffset(java.time.ZoneOffset.UTC)) + "Z";
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(example(type));
    }
  }

  /** What a literal of {@code type} looks like, for messages. */
  public static String example(ColumnType type) {
    return switch (type) {
      case BOOLEAN -> "write true or false";
      case SMALLINT, INTEGER, BIGINT -> "write a whole number in the range of the field's type, e.g. \"0\"";
      case REAL, DOUBLE -> "write a finite number, e.g. \"0.5\"";
      case DECIMAL -> "write a decimal number, e.g. \"12.50\"";
      case CHAR -> "write exactly one character";
      case VARCHAR, TEXT -> "write any text";
      case UUID -> "write a UUID, e.g. \"00000000-0000-0000-0000-000000000000\"";
      case BINARY -> "a byte[] column takes no literal default";
      case DATE -> "write an ISO date, e.g. \"2024-02-29\"";
      case TIMESTAMP -> "write an ISO date-time, e.g. \"2024-02-29T10:15:30\"";
      case TIMESTAMP_TZ -> "write an ISO point in time, e.g. \"2024-02-29T10:15:30Z\" (or with an offset), "
          + "or use defaultNow = true for the current time";
    };
  }

  private static Instant instant(String written) {
    try {
      return Instant.parse(written);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(written).toInstant();
    }
  }

  private static String finite(double value, String written) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new NumberFormatException(written);
    }
    return written.contains("e") || written.contains("E") ? Double.toString(value) : new BigDecimal(written)
        .toPlainString();
  }

  @Override
  public String toString() {
    return isNow() ? "the current time" : literal;
  }
}
