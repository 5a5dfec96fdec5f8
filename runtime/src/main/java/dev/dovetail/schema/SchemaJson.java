package dev.dovetail.schema;

import dev.dovetail.OnDelete;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema snapshot's file format: a stable, pretty-printed JSON document (keys in a fixed order, one
 * value per line) so that snapshots diff well in review. {@link #read} accepts what {@link #write} writes.
 *
 * <p>Format version 1:
 * <pre>{@code
 * {"format": 1, "schema": "School", "tables": [{"name": "students", "columns": [{"name": "id",
 *  "type": "BIGINT", "length": 0, "precision": 0, "scale": 0, "nullable": false, "identity": true}],
 *  "primaryKey": ["id"], "foreignKeys": [...], "indexes": [...]}]}
 * }</pre>
 * A column with a default adds {@code "default": "<literal>"} or {@code "defaultNow": true}; a snapshot written
 * before defaults existed reads as columns without one.
 */
public final class SchemaJson {
  /** The format version written in every snapshot. */
  public static final int FORMAT = 1;

  private SchemaJson() {}

  /** The snapshot of a schema. */
  public static String write(SchemaDef schema) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"format\": ").append(FORMAT).append(",\n  \"schema\": ").append(str(schema.name()));
    out.append(",\n  \"tables\": [");
    for (int t = 0; t < schema.tables().size(); t++) {
      TableDef table = schema.tables().get(t);
      out.append(t == 0 ? "\n" : ",\n").append("    {\n      \"name\": ").append(str(table.name()));
      out.append(",\n      \"columns\": [");
      for (int c = 0; c < table.columns().size(); c++) {
        ColumnDef col = table.columns().get(c);
        out.append(c == 0 ? "\n" : ",\n")
            .append("        {\"name\": ").append(str(col.name()))
            .append(", \"type\": ").append(str(col.type().name()))
            .append(", \"length\": ").append(col.length())
            .append(", \"precision\": ").append(col.precision())
            .append(", \"scale\": ").append(col.scale())
            .append(", \"nullable\": ").append(col.nullable())
            .append(", \"identity\": ").append(col.identity());
        if (col.defaultValue() != null) {
          // Written only when there is one, so that the snapshots of models without defaults stay as they were.
          out.append(col.defaultValue().isNow() ? ", \"defaultNow\": true"
              : ", \"default\": " + str(col.defaultValue().literal()));
        }
        out.append('}');
      }
      out.append("\n      ],\n      \"primaryKey\": ").append(strings(table.primaryKey()));
      out.append(",\n      \"foreignKeys\": [");
      for (int f = 0; f < table.foreignKeys().size(); f++) {
        ForeignKeyDef fk = table.foreignKeys().get(f);
        out.append(f == 0 ? "\n" : ",\n")
            .append("        {\"name\": ").append(str(fk.name()))
            .append(", \"columns\": ").append(strings(fk.columns()))
            .append(", \"referencedTable\": ").append(str(fk.referencedTable()))
            .append(", \"referencedColumns\": ").append(strings(fk.referencedColumns()))
            .append(", \"onDelete\": ").append(str(fk.onDelete().name())).append('}');
      }
      out.append(table.foreignKeys().isEmpty() ? "]" : "\n      ]");
      out.append(",\n      \"indexes\": [");
      for (int i = 0; i < table.indexes().size(); i++) {
        IndexDef index = table.indexes().get(i);
        out.append(i == 0 ? "\n" : ",\n")
            .append("        {\"name\": ").append(str(index.name()))
            .append(", \"columns\": ").append(strings(index.columns()))
            .append(", \"unique\": ").append(index.unique()).append('}');
      }
      out.append(table.indexes().isEmpty() ? "]" : "\n      ]").append("\n    }");
    }
    out.append(schema.tables().isEmpty() ? "]" : "\n  ]").append("\n}\n");
    return out.toString();
  }

  /**
   * Reads a snapshot written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the position when the text is not such a snapshot
   */
  @SuppressWarnings("unchecked")
  public static SchemaDef read(String json) {
    Map<String, Object> root = (Map<String, Object>) new Parser(json).document();
    Object format = root.get("format");
    if (!(format instanceof Long version) || version != FORMAT) {
      throw new IllegalArgumentException("unsupported schema snapshot format " + format + "; expected " + FORMAT);
    }
    List<TableDef> tables = new ArrayList<>();
    for (Object t : (List<Object>) root.get("tables")) {
      Map<String, Object> table = (Map<String, Object>) t;
      List<ColumnDef> columns = new ArrayList<>();
      for (Object c : (List<Object>) table.get("columns")) {
        Map<String, Object> col = (Map<String, Object>) c;
        columns.add(new ColumnDef((String) col.get("name"), ColumnType.valueOf((String) col.get("type")),
            ((Long) col.get("length")).intValue(), ((Long) col.get("precision")).intValue(),
            ((Long) col.get("scale")).intValue(), (Boolean) col.get("nullable"), (Boolean) col.get("identity"),
            Boolean.TRUE.equals(col.get("defaultNow")) ? ColumnDefault.now()
                : col.get("default") instanceof String literal ? ColumnDefault.literal(literal) : null));
      }
      List<ForeignKeyDef> fks = new ArrayList<>();
      for (Object f : (List<Object>) table.get("foreignKeys")) {
        Map<String, Object> fk = (Map<String, Object>) f;
        fks.add(new ForeignKeyDef((String) fk.get("name"), (List<String>) fk.get("columns"),
            (String) fk.get("referencedTable"), (List<String>) fk.get("referencedColumns"),
            OnDelete.valueOf((String) fk.get("onDelete"))));
      }
      List<IndexDef> indexes = new ArrayList<>();
      for (Object i : (List<Object>) table.get("indexes")) {
        Map<String, Object> index = (Map<String, Object>) i;
        indexes.add(new IndexDef((String) index.get("name"), (List<String>) index.get("columns"),
            (Boolean) index.get("unique")));
      }
      tables.add(new TableDef((String) table.get("name"), columns, (List<String>) table.get("primaryKey"),
          fks, indexes));
    }
    return new SchemaDef((String) root.get("schema"), tables);
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(str(values.get(i)));
    }
    return out.append(']').toString();
  }

  private static String str(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A small JSON reader: objects, arrays, strings, integers, booleans and null. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Object document() {
      Object value = value();
      skipSpace();
      if (pos != text.length()) {
        throw error("end of document");
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (pos >= text.length()) {
        throw error("a value");
      }
      char c = text.charAt(pos);
      if (c == '{') {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
          return map;
        }
        do {
          skipSpace();
          String key = string();
          skipSpace();
          expect(':');
          map.put(key, value());
          skipSpace();
        } while (peek(','));
        expect('}');
        return map;
      }
      if (c == '[') {
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
          return list;
        }
        do {
          list.add(value());
          skipSpace();
        } while (peek(','));
        expect(']');
        return list;
      }
      if (c == '"') {
        return string();
      }
      if (text.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (text.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      if (text.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      int start = pos;
      if (c == '-') {
        pos++;
      }
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw error("a value");
      }
      return Long.parseLong(text.substring(start, pos));
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (pos < text.length() && text.charAt(pos) != '"') {
        char c = text.charAt(pos++);
        if (c == '\\') {
          char e = text.charAt(pos++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
      expect('"');
      return out.toString();
    }

    private boolean peek(char c) {
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("schema snapshot: expected " + expected + " at offset " + pos);
    }
  }
}
