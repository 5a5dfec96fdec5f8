package dev.dovetail.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic names of constraints and indexes, so that two compilations of one model, and a migration
 * diff between two models, always name them alike. Names longer than 63 characters (PostgreSQL's limit;
 * MariaDB's is 64) are cut and end in a short hash of the whole name so they stay unique.
 */
public final class SchemaNames {
  /** The longest identifier every supported database accepts. */
  public static final int MAX_IDENTIFIER_LENGTH = 63;

  private SchemaNames() {}

  /** {@code pk_<table>}. */
  public static String primaryKey(String table) {
    return fit("pk_" + table);
  }

  /** {@code fk_<table>_<columns>}. */
  public static String foreignKey(String table, List<String> columns) {
    return fit("fk_" + table + "_" + String.join("_", columns));
  }

  /** {@code ix_<table>_<columns>}. */
  public static String index(String table, List<String> columns) {
    return fit("ix_" + table + "_" + String.join("_", columns));
  }

  /** {@code uq_<table>_<columns>}. */
  public static String unique(String table, List<String> columns) {
    return fit("uq_" + table + "_" + String.join("_", columns));
  }

  /** {@code BlogPost} or {@code blogPost} → {@code blog_post}; {@code URLValue} → {@code url_value}. */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1)) && javaName.charAt(i - 1) != '_';
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        boolean previousUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
        if (i > 0 && (previousLower || (previousUpper && nextLower))) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static String fit(String name) {
    if (name.length() <= MAX_IDENTIFIER_LENGTH) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest, 0, 4);
      return name.substring(0, MAX_IDENTIFIER_LENGTH - hash.length() - 1) + "_" + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
