package dev.dovetail.dialect;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Dates and times as SQLite keeps them: ISO-8601 text, fixed width, with exactly six fractional digits, so
 * that text order is time order ({@code 2024-03-31T01:30:00.123456Z} for an instant, at UTC). Reading is
 * lenient: it also takes what SQLite's own functions write ({@code 2024-03-31 01:30:00}).
 */
final class SqliteTime {
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm")
      .optionalStart().appendPattern(":ss").optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  private SqliteTime() {}

  static String date(LocalDate value) throws SQLException {
    requireFourDigitYear(value.getYear(), value);
    return value.toString();
  }

  static String dateTime(LocalDateTime value) throws SQLException {
    requireFourDigitYear(value.getYear(), value);
    return WRITE.format(value);
  }

  static String instant(Instant value) throws SQLException {
    LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    requireFourDigitYear(utc.getYear(), value);
    return WRITE.format(utc) + "Z";
  }

  static LocalDateTime parseDateTime(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T'), READ);
  }

  static Instant parseInstant(String text) {
    String t = text.strip();
    if (t.endsWith("Z") || t.endsWith("z")) {
      t = t.substring(0, t.length() - 1);
    } else if (t.length() > 6 && t.charAt(t.length() - 6) == '+' && t.endsWith(":00")) {
      // "+00:00", as SQLite's functions may write it; other offsets are not written by anyone here.
      t = t.substring(0, t.length() - 6);
    }
    return parseDateTime(t).toInstant(ZoneOffset.UTC);
  }

  private static void requireFourDigitYear(int year, Object value) throws SQLException {
    if (year < 0 || year > 9999) {
      throw new SQLException("SQLite keeps dates as text that sorts in time order only for the years 0000 to 9999; "
          + value + " is outside them", "22008");
    }
  }
}
