package dev.dovetail.dialect;

import java.util.List;

/**
 * Keys written as one JSON array, bound as one parameter where a database reads a JSON array as a table
 * (MariaDB's {@code JSON_TABLE}, SQLite's {@code json_each}): a list of keys longer than the parameters one
 * statement may have then still takes one parameter.
 */
final class JsonKeys {
  private JsonKeys() {}

  /** {@code [1,2]} for numbers, {@code ["a","b"]} for text (and anything else, by its {@code toString}). */
  static String array(List<?> keys) {
    StringBuilder out = new StringBuilder(keys.size() * 8 + 2).append('[');
    for (int i = 0; i < keys.size(); i++) {
      Object key = keys.get(i);
      out.append(i == 0 ? "" : ",");
      if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
        out.append(key);
      } else {
        string(out, String.valueOf(key));
      }
    }
    return out.append(']').toString();
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
