package dev.dovetail.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.OnDelete;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder that generated code uses makes the same tables as the records' constructors. */
class TableDefBuilderTest {
  @Test
  void buildsWhatTheConstructorsMake() {
    TableDef expected = new TableDef("order_lines",
        List.of(new ColumnDef("order_id", ColumnType.UUID, 0, 0, 0, false, false),
            ColumnDef.of("line_no", ColumnType.INTEGER, false),
            new ColumnDef("sku", ColumnType.VARCHAR, 32, 0, 0, true, false),
            new ColumnDef("price", ColumnType.DECIMAL, 0, 10, 2, false, false)),
        List.of("order_id", "line_no"),
        List.of(new ForeignKeyDef("fk_order_lines_order_id", List.of("order_id"), "orders", List.of("id"),
                OnDelete.CASCADE),
            new ForeignKeyDef("fk_order_lines_sku_price", List.of("sku", "price"), "prices",
                List.of("sku", "amount"), OnDelete.RESTRICT)),
        List.of(new IndexDef("ux_order_lines_sku", List.of("sku"), true),
            new IndexDef("ix_order_lines_sku_price", List.of("sku", "price"), false)));

    TableDef built = TableDef.builder("order_lines")
        .column("order_id", ColumnType.UUID, 0, 0, 0, false, false)
        .column("line_no", ColumnType.INTEGER, false)
        .column("sku", ColumnType.VARCHAR, 32, 0, 0, true, false)
        .column("price", ColumnType.DECIMAL, 0, 10, 2, false, false)
        .primaryKey("order_id", "line_no")
        .foreignKey("fk_order_lines_order_id", "order_id", "orders", "id", OnDelete.CASCADE)
        .foreignKey("fk_order_lines_sku_price", new String[] {"sku", "price"}, "prices",
            new String[] {"sku", "amount"}, OnDelete.RESTRICT)
        .index("ux_order_lines_sku", true, "sku")
        .index("ix_order_lines_sku_price", false, "sku", "price")
        .build();

    assertEquals(expected, built);
  }

  @Test
  void theLastPrimaryKeyWins() {
    TableDef t = TableDef.builder("t").column("a", ColumnType.BIGINT, false).column("b", ColumnType.BIGINT, false)
        .primaryKey("a").primaryKey("b", "a").build();
    assertEquals(List.of("b", "a"), t.primaryKey());
  }

  @Test
  void aBuiltTableCannotBeChangedThroughItsBuilder() {
    TableDef.Builder builder = TableDef.builder("t").column("a", ColumnType.BIGINT, false).primaryKey("a");
    TableDef first = builder.build();
    builder.column("b", ColumnType.BIGINT, true);
    assertEquals(1, first.columns().size());
    assertThrows(UnsupportedOperationException.class, () -> first.columns().add(ColumnDef.of("c",
        ColumnType.BIGINT, true)));
  }

  @Test
  void orderedTakesTablesOneByOne() {
    TableDef parent = TableDef.builder("parent").column("id", ColumnType.BIGINT, false).primaryKey("id").build();
    TableDef child = TableDef.builder("child").column("parent_id", ColumnType.BIGINT, false)
        .foreignKey("fk_child_parent_id", "parent_id", "parent", "id", OnDelete.CASCADE).build();
    assertEquals(List.of(parent, child), SchemaDef.ordered("s", child, parent).tables());
  }
}
