package dev.dovetail.migrate;

import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file, {@code V<n>__<description>.sql} (Flyway's naming), and the snapshot beside it.
 *
 * <p>The file holds the up SQL as plain statements, so that Flyway can run it as it is; then a line
 * {@value #DOWN_MARKER}; then the down SQL with every line commented out by {@code "-- "}, which Flyway
 * skips and {@code db downgrade} reads with the prefix removed. A line {@code -- dovetail:dialect h2} in the
 * header names the database the SQL is written for.
 *
 * @param version the number after {@code V}
 * @param description the part after {@code __}, underscores turned to spaces
 * @param fileName the file's name
 * @param text the file's contents
 * @param snapshotJson the snapshot ({@code V<n>__<description>.schema.json}) of the schema the migration
 *     brings the database to, or {@code null} when there is none
 */
public record MigrationScript(int version, String description, String fileName, String text, String snapshotJson)
    implements Migration {
  /** The line that ends the up part and starts the commented-out down part. */
  public static final String DOWN_MARKER = "-- dovetail:down";

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");
  private static final String DIALECT_PREFIX = "-- dovetail:dialect ";

  /**
   * The migration in a file of that name.
   *
   * @throws MigrationException when the name is not {@code V<n>__<description>.sql}
   */
  public static MigrationScript of(String fileName, String text, String snapshotJson) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw new MigrationException("migration file " + fileName + " is not named V<number>__<description>.sql");
    }
    return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, text,
        snapshotJson);
  }

  /** Whether a file name is that of a migration (and not, say, of its snapshot). */
  public static boolean isMigrationName(String fileName) {
    return fileName.startsWith("V") && fileName.endsWith(".sql");
  }

  /** {@code V<version>__<message as a name>.sql}: letters and digits kept, every other run turned to {@code _}. */
  public static String fileName(int version, String message) {
    String name = message.strip().replaceAll("[^\\p{Alnum}]+", "_").replaceAll("^_+|_+$", "")
        .toLowerCase(Locale.ROOT);
    if (name.length() > 80) {
      name = name.substring(0, 80).replaceAll("_+$", "");
    }
    return "V" + version + "__" + (name.isEmpty() ? "migration" : name) + ".sql";
  }

  /** The snapshot file beside a migration: {@code V2__add_email.sql} → {@code V2__add_email.schema.json}. */
  public static String snapshotName(String fileName) {
    return fileName.substring(0, fileName.length() - ".sql".length()) + ".schema.json";
  }

  /** The file's name. */
  @Override
  public String script() {
    return fileName;
  }

  @Override
  public Type type() {
    return Type.SQL;
  }

  /** The text before the down marker. */
  public String upText() {
    int marker = markerIndex();
    return marker < 0 ? text : text.substring(0, marker);
  }

  /** The down part with each line's {@code "-- "} removed; empty when the file has no down part. */
  public String downText() {
    int marker = markerIndex();
    if (marker < 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String[] lines = text.substring(marker).replace("\r\n", "\n").split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("-- ")) {
        out.append(line, 3, line.length());
      } else if (!line.strip().equals("--")) {
        out.append(line);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Whether the file has a down part. */
  public boolean hasDown() {
    return markerIndex() >= 0;
  }

  private int markerIndex() {
    int from = 0;
    while (true) {
      int at = text.indexOf(DOWN_MARKER, from);
      if (at < 0) {
        return -1;
      }
      boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
      int end = at + DOWN_MARKER.length();
      boolean lineEnd = end == text.length() || text.substring(end).lines().findFirst().orElse("").isBlank();
      if (lineStart && lineEnd) {
        return at;
      }
      from = end;
    }
  }

  /** The up statements. */
  public List<String> upStatements() {
    return SqlSplitter.split(upText());
  }

  /** The down statements. */
  public List<String> downStatements() {
    return SqlSplitter.split(downText());
  }

  /** The dialect named by a {@code -- dovetail:dialect} line, if there is one. */
  public Optional<String> dialect() {
    return upText().lines().filter(l -> l.startsWith(DIALECT_PREFIX))
        .map(l -> l.substring(DIALECT_PREFIX.length()).strip()).findFirst();
  }

  /** The schema this migration brings the database to, from its snapshot, if it has one. */
  public Optional<SchemaDef> snapshot() {
    if (snapshotJson == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SchemaJson.read(snapshotJson));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("the snapshot of " + fileName + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** {@link #checksum(String)} of the file. */
  @Override
  public String checksum() {
    return checksum(text);
  }

  /**
   * The SHA-256, in hex, of the text normalized so that it does not change from machine to machine: without
   * a byte-order mark, with {@code \n} line ends, no trailing whitespace on a line and no blank lines at the end.
   */
  public static String checksum(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  static String normalize(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder();
    for (String line : t.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    String s = out.toString();
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }

  @Override
  public String toString() {
    return fileName;
  }
}
