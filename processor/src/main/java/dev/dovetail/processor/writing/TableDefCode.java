package dev.dovetail.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.dovetail.OnDelete;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link TableDef} as the Java expression that constructs it, one column, key or index per line, so
 * that generated code carries the very schema the DDL resources were written from.
 */
final class TableDefCode {
  private TableDefCode() {}

  /** {@code new TableDef("students", List.of(...), List.of("id"), List.of(...), List.of(...))}. */
  static CodeBlock of(TableDef table) {
    List<CodeBlock> columns = new ArrayList<>();
    for (ColumnDef c : table.columns()) {
      columns.add(column(c));
    }
    List<CodeBlock> foreignKeys = new ArrayList<>();
    for (ForeignKeyDef fk : table.foreignKeys()) {
      foreignKeys.add(CodeBlock.of("new $T($S, $L,$W$S, $L, $T.$L)", ForeignKeyDef.class, fk.name(),
          strings(fk.columns()), fk.referencedTable(), strings(fk.referencedColumns()), OnDelete.class,
          fk.onDelete().name()));
    }
    List<CodeBlock> indexes = new ArrayList<>();
    for (IndexDef index : table.indexes()) {
      indexes.add(CodeBlock.of("new $T($S, $L, $L)", IndexDef.class, index.name(), strings(index.columns()),
          index.unique()));
    }
    return CodeBlock.builder()
        .add("new $T(\n$>$>$S,\n", TableDef.class, table.name())
        .add(list(columns)).add(",\n")
        .add(strings(table.primaryKey())).add(",\n")
        .add(list(foreignKeys)).add(",\n")
        .add(list(indexes))
        .add(")$<$<")
        .build();
  }

  /** A column; {@link ColumnDef#of} when it has no size and is no identity column. */
  private static CodeBlock column(ColumnDef c) {
    if (c.length() == 0 && c.precision() == 0 && c.scale() == 0 && !c.identity()) {
      return CodeBlock.of("$T.of($S, $T.$L, $L)", ColumnDef.class, c.name(), ColumnType.class, c.type().name(),
          c.nullable());
    }
    return CodeBlock.of("new $T($S, $T.$L, $L, $L, $L, $L, $L)", ColumnDef.class, c.name(), ColumnType.class,
        c.type().name(), c.length(), c.precision(), c.scale(), c.nullable(), c.identity());
  }

  /** {@code List.of()}, {@code List.of(a)}, or one element per line. */
  static CodeBlock list(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    if (elements.size() == 1) {
      return CodeBlock.of("$T.of($L)", List.class, elements.get(0));
    }
    CodeBlock.Builder out = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
    for (int i = 0; i < elements.size(); i++) {
      out.add(i == 0 ? "$L" : ",\n$L", elements.get(i));
    }
    return out.add(")$<$<").build();
  }

  /** {@code List.of("a", "b")}. */
  static CodeBlock strings(List<String> values) {
    CodeBlock.Builder out = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      out.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return out.add(")").build();
  }
}
