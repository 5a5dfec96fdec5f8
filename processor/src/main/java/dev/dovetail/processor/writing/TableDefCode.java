package dev.dovetail.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.dovetail.OnDelete;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ColumnType;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.TableDef;
import java.util.List;

/**
 * Renders a {@link TableDef} as the Java expression that builds it, one column, key or index per line, so that
 * generated code carries the very schema the DDL resources were written from. It is a chain of plain calls on
 * {@link TableDef.Builder} rather than nested {@code List.of(...)}: {@code javac} infers the type of every
 * generic call, and on a model of hundreds of tables that inference was most of the time spent compiling what
 * the processor wrote.
 */
final class TableDefCode {
  private TableDefCode() {}

  /** {@code TableDef.builder("students").column(...)...primaryKey("id")...build()}. */
  static CodeBlock of(TableDef table) {
    CodeBlock.Builder out = CodeBlock.builder().add("$T.builder($S)$>$>", TableDef.class, table.name());
    for (ColumnDef c : table.columns()) {
      out.add("\n").add(column(c));
    }
    out.add("\n.primaryKey($L)", literals(table.primaryKey()));
    for (ForeignKeyDef fk : table.foreignKeys()) {
      if (fk.columns().size() == 1 && fk.referencedColumns().size() == 1) {
        out.add("\n.foreignKey($S, $S, $S, $S, $T.$L)", fk.name(), fk.columns().get(0), fk.referencedTable(),
            fk.referencedColumns().get(0), OnDelete.class, fk.onDelete().name());
      } else {
        out.add("\n.foreignKey($S, new String[] {$L}, $S, new String[] {$L}, $T.$L)", fk.name(),
            literals(fk.columns()), fk.referencedTable(), literals(fk.referencedColumns()),
            OnDelete.class, fk.onDelete().name());
      }
    }
    for (IndexDef index : table.indexes()) {
      out.add("\n.index($S, $L, $L)", index.name(), index.unique(), literals(index.columns()));
    }
    return out.add("\n.build()$<$<").build();
  }

  /** A column, and its default if it has one; the short form when it has no size and is no identity column. */
  private static CodeBlock column(ColumnDef c) {
    CodeBlock column = c.length() == 0 && c.precision() == 0 && c.scale() == 0 && !c.identity()
        ? CodeBlock.of(".column($S, $T.$L, $L)", c.name(), ColumnType.class, c.type().name(), c.nullable())
        : CodeBlock.of(".column($S, $T.$L, $L, $L, $L, $L, $L)", c.name(), ColumnType.class, c.type().name(),
            c.length(), c.precision(), c.scale(), c.nullable(), c.identity());
    if (c.defaultValue() == null) {
      return column;
    }
    return c.defaultValue().isNow()
        ? CodeBlock.of("$L.defaultValue($T.now())", column, ColumnDefault.class)
        : CodeBlock.of("$L.defaultValue($S)", column, c.defaultValue().literal());
  }

  /** String literals separated by commas: {@code "a", "b"}. */
  private static CodeBlock literals(List<String> values) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      out.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return out.build();
  }

  /** Arguments one per line, each line after the first indented twice: {@code a,\n    b}. */
  static CodeBlock arguments(List<CodeBlock> elements) {
    CodeBlock.Builder out = CodeBlock.builder().add("$>$>");
    for (int i = 0; i < elements.size(); i++) {
      out.add(i == 0 ? "\n$L" : ",\n$L", elements.get(i));
    }
    return out.add("$<$<").build();
  }

  /** {@code List.of("a", "b")}. */
  static CodeBlock strings(List<String> values) {
    return CodeBlock.of("$T.of($L)", List.class, literals(values));
  }
}
