package dev.dovetail.processor.writing;

import dev.dovetail.OnDelete;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.schema.ColumnDef;
import dev.dovetail.schema.ColumnDefault;
import dev.dovetail.schema.ForeignKeyDef;
import dev.dovetail.schema.IndexDef;
import dev.dovetail.schema.SchemaDef;
import dev.dovetail.schema.SchemaNames;
import dev.dovetail.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the schema of a valid database model: one table per entity and one per plain {@code @ManyToMany}.
 * The generated code constructs the same {@link TableDef}s (rendered by {@link TableDefCode}), and the DDL and
 * snapshot resources are written from them, so code and resources cannot disagree.
 */
final class SchemaBuilder {
  private final DatabaseModel database;

  SchemaBuilder(DatabaseModel database) {
    this.database = database;
  }

  /** The whole schema, tables in foreign-key order. */
  SchemaDef schema() {
    List<TableDef> tables = new ArrayList<>();
    for (EntityModel entity : database.entities()) {
      tables.add(table(entity));
    }
    tables.addAll(joinTables());
    return SchemaDef.ordered(database.simpleName(), tables);
  }

  /**
   * An entity's table: columns in declaration order, the {@code @Id} columns as primary key, a foreign key and
   * an index per {@code @ManyToOne}, and the indexes {@code @Column} asks for.
   */
  TableDef table(EntityModel entity) {
    String table = entity.table();
    List<ColumnDef> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    Map<String, IndexDef> indexes = new LinkedHashMap<>();
    for (PropertyModel p : entity.properties()) {
      columns.add(column(p));
      if (p.id()) {
        primaryKey.add(p.column());
      }
    }
    for (PropertyModel p : entity.properties()) {
      List<String> only = List.of(p.column());
      if (p.manyToOne() != null) {
        EntityModel target = target(p.manyToOne().target());
        foreignKeys.add(new ForeignKeyDef(SchemaNames.foreignKey(table, only), only, target.table(),
            List.of(idOf(target).column()), p.manyToOne().onDelete()));
        // A key's first column is indexed by the primary key already.
        if (primaryKey.isEmpty() || !primaryKey.get(0).equals(p.column())) {
          addIndex(indexes, new IndexDef(SchemaNames.index(table, only), only, false));
        }
      }
      if (p.unique()) {
        addIndex(indexes, new IndexDef(SchemaNames.unique(table, only), only, true));
      }
      if (p.indexed()) {
        addIndex(indexes, new IndexDef(SchemaNames.index(table, only), only, false));
      }
    }
    return new TableDef(table, columns, primaryKey, foreignKeys, List.copyOf(indexes.values()));
  }

  /** The join tables of every plain {@code @ManyToMany}, in declaration order; {@code through} ones add none. */
  List<TableDef> joinTables() {
    List<TableDef> tables = new ArrayList<>();
    for (EntityModel owner : database.entities()) {
      for (ManyToManyModel m : owner.manyToMany()) {
        if (m.through() == null) {
          tables.add(joinTable(owner, m));
        }
      }
    }
    return tables;
  }

  /**
   * A plain join table: the two id columns (not null), both as primary key, each a foreign key {@code ON DELETE
   * CASCADE} (deleting either end deletes the link), and an index on the inverse column for the reverse lookup.
   */
  private TableDef joinTable(EntityModel owner, ManyToManyModel m) {
    EntityModel target = target(m.target());
    String table = m.joinTable();
    List<String> ownerColumn = List.of(m.joinColumn());
    List<String> targetColumn = List.of(m.inverseJoinColumn());
    return new TableDef(table,
        List.of(linkColumn(m.joinColumn(), idOf(owner)), linkColumn(m.inverseJoinColumn(), idOf(target))),
        List.of(m.joinColumn(), m.inverseJoinColumn()),
        List.of(
            new ForeignKeyDef(SchemaNames.foreignKey(table, ownerColumn), ownerColumn, owner.table(),
                List.of(idOf(owner).column()), OnDelete.CASCADE),
            new ForeignKeyDef(SchemaNames.foreignKey(table, targetColumn), targetColumn, target.table(),
                List.of(idOf(target).column()), OnDelete.CASCADE)),
        List.of(new IndexDef(SchemaNames.index(table, targetColumn), targetColumn, false)));
  }

  /** The column of a property, with its default in canonical form (validation has checked that it parses). */
  static ColumnDef column(PropertyModel p) {
    ColumnDefault defaultValue = p.defaultNow() ? ColumnDefault.now()
        : p.defaultValue() != null ? ColumnDefault.literal(ColumnDefault.canonical(p.columnType(), p.defaultValue()))
        : null;
    return new ColumnDef(p.column(), p.columnType(), p.length(), p.precision(), p.scale(), p.nullable(),
        p.generated(), defaultValue);
  }

  private static ColumnDef linkColumn(String name, PropertyModel id) {
    return new ColumnDef(name, id.columnType(), id.length(), id.precision(), id.scale(), false, false);
  }

  private static void addIndex(Map<String, IndexDef> indexes, IndexDef index) {
    indexes.putIfAbsent(index.name(), index);
  }

  /** The entity of that qualified name; the model is valid, so it is in the database. */
  EntityModel target(String qualifiedName) {
    return database.entity(qualifiedName)
        .orElseThrow(() -> new IllegalStateException(qualifiedName + " is not an entity of " + database.simpleName()));
  }

  /** The single id of an entity a relationship refers to. */
  static PropertyModel idOf(EntityModel entity) {
    return entity.singleId()
        .orElseThrow(() -> new IllegalStateException(entity.simpleName() + " has no single @Id to refer to"));
  }
}
