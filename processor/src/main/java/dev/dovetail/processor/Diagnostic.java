package dev.dovetail.processor;

import java.util.Locale;

/**
 * The catalog of every message the processor reports. Each has a stable id (shown in brackets, searchable
 * in the README) and a text that says what is wrong and what to write instead. Tests assert on these
 * entries, never on retyped strings.
 */
public enum Diagnostic {
  /** The processor itself failed on a type; never the user's fault. */
  INTERNAL_ERROR("DV000", "Dovetail failed while processing %s: %s. Please report this with the stack trace:%n%s"),
  /** An entity listed in no database. */
  ENTITY_NOT_IN_DATABASE("DV001",
      "entity %s is not listed in any @Database, so no DAO is generated for it; add %s.class to the entities "
          + "of a @Database interface"),
  /** A type still unresolved after the last round. */
  UNRESOLVED_TYPE("DV002",
      "%s refers to a type that could not be resolved (%s); check the import, or the processor that should "
          + "generate it"),

  // ---------------------------------------------------------------- DV1xx: entity shape and columns

  /** An entity with no {@code @Id}. Args: entity. */
  MISSING_ID("DV101",
      "entity %s has no @Id; mark the component or field that identifies a row with @Id "
          + "(e.g. @Id @GeneratedValue Long id)"),
  /** An {@code @Id} of a type that cannot be a key. Args: entity, property, type. */
  UNSUPPORTED_ID_TYPE("DV102",
      "@Id %s.%s has type %s, which cannot be a key; declare it as long, int or short (or their boxes), "
          + "String or UUID"),
  /** {@code @GeneratedValue} on a column that is not an id. Args: entity, property. */
  GENERATED_NOT_ID("DV103",
      "@GeneratedValue on %s.%s, which is not an @Id; only an id can be assigned by the database: "
          + "add @Id to it or remove @GeneratedValue"),
  /** {@code @GeneratedValue} on an id that cannot be null. Args: entity, property, type, suggested type. */
  GENERATED_NOT_BOXED("DV104",
      "@GeneratedValue id %s.%s has type %s, which cannot say \"not saved yet\" with null; "
          + "declare it as %s (a boxed Long or Integer)"),
  /** A property whose Java type has no column mapping. Args: entity, property, type, supported types. */
  UNSUPPORTED_COLUMN_TYPE("DV105",
      "%s.%s has type %s, which has no column mapping; use one of: %s; "
          + "or refer to another entity by its id with @ManyToOne"),
  /** Two properties mapped to one column. Args: entity, property, column, entity, first property. */
  DUPLICATE_COLUMN("DV106",
      "%s.%s maps to column \"%s\", which %s.%s already maps to; "
          + "give one of them another name with @Column(name = \"...\")"),
  /** An abstract entity class. Args: entity. */
  ABSTRACT_ENTITY("DV107",
      "entity %s is abstract, so the generated DAO cannot build its rows; make it a concrete class or a record"),
  /** An entity with type parameters. Args: entity. */
  GENERIC_ENTITY("DV108",
      "entity %s has type parameters, which a table cannot have; remove them and give its columns concrete types"),
  /** A non-static inner entity class. Args: entity. */
  INNER_ENTITY("DV109",
      "entity %s is an inner class, which cannot be built without an instance of its enclosing class; "
          + "declare it static, or as a record, or move it to the top level"),
  /** {@code @Entity} on an interface, enum or annotation type. Args: type, what it is. */
  ENTITY_NOT_A_CLASS("DV110",
      "@Entity on %s, which is %s; an entity must be a class or a record: move @Entity to one"),
  /** An entity class without a constructor taking every property. Args: entity, suggested constructor. */
  NO_CONSTRUCTOR("DV111",
      "entity class %s has no constructor taking its mapped fields in declaration order; "
          + "add one the generated DAO in its package can call: %s"),
  /** A property the generated code cannot read. Args: entity, property, accessor, getter. */
  NO_ACCESSOR("DV112",
      "%s.%s has no accessor the generated DAO can call; add a method %s() or %s(), or make the field public"),
  /** Two database-assigned columns in one entity. Args: entity, property, first property. */
  GENERATED_TWICE("DV113",
      "@GeneratedValue on %s.%s, but %s is already assigned by the database, and a table has one identity "
          + "column; keep @GeneratedValue on one id and remove it here"),
  /** A mapping annotation where Dovetail never reads it. Args: annotation, element, why, what to do. */
  MISPLACED_ANNOTATION("DV114",
      "@%s on %s is ignored there, because %s; %s"),
  /** A literal default that is not a value of the column. Args: literal, site, type, what is wrong. */
  DEFAULT_NOT_OF_TYPE("DV115",
      "@Column(defaultValue = \"%s\") on %s is not a value of its type %s: %s"),
  /** {@code defaultNow} on a column that holds no point in time. Args: site, type. */
  DEFAULT_NOW_TYPE("DV116",
      "@Column(defaultNow = true) on %s, whose type %s holds no point in time; declare it as Instant or "
          + "OffsetDateTime (a LocalDateTime has no zone to take the current time in), or write a literal "
          + "with defaultValue"),
  /** A default where none can apply. Args: site, why, what to do. */
  DEFAULT_NOT_APPLICABLE("DV117",
      "@Column default on %s cannot apply: %s; %s"),

  // ---------------------------------------------------------------- DV2xx: relationships

  /** A relationship naming a type that is not an entity. Args: attribute, site, type, type, database. */
  TARGET_NOT_ENTITY("DV201",
      "%s of %s is %s, which is not an @Entity; refer to an entity, or annotate %s with @Entity and add it "
          + "to the entities of @Database %s"),
  /** A relationship naming an entity of another database. Args: attribute, site, type, database, type, database. */
  TARGET_NOT_IN_DATABASE("DV202",
      "%s of %s is the entity %s, which is not in @Database %s; add %s.class to the entities of %s"),
  /** A foreign key whose Java type is not the target's id type. Args: entity, property, type, target, id, id type. */
  FOREIGN_KEY_TYPE_MISMATCH("DV203",
      "@ManyToOne %s.%s has type %s, but the id %s.%s it refers to is %s; declare it as %s"),
  /** A foreign key to an entity with a composite id. Args: entity, property, target, id columns, target. */
  FOREIGN_KEY_TO_COMPOSITE_ID("DV204",
      "@ManyToOne %s.%s refers to %s, whose id is composite (%s), but a foreign key column refers to a single "
          + "id; give %s a single @Id (e.g. @Id @GeneratedValue Long id), or refer to another entity"),
  /** {@code onDelete = SET_NULL} on a column that cannot be null. Args: entity, property, column. */
  SET_NULL_NOT_NULLABLE("DV205",
      "@ManyToOne %s.%s has onDelete = SET_NULL, but its column \"%s\" is not nullable; declare it with a "
          + "boxed type and without @Column(nullable = false), or choose onDelete = CASCADE or RESTRICT"),
  /** A many-to-many without a join table. Args: name, owner, suggested table. */
  MISSING_JOIN_TABLE("DV206",
      "@ManyToMany \"%s\" on %s has no joinTable; add joinTable = \"%s\", or name an association entity "
          + "with through = ..."),
  /** A plain join table between entities without a single id. Args: name, owner, entity, what is wrong. */
  MANY_TO_MANY_WITHOUT_SINGLE_ID("DV207",
      "@ManyToMany \"%s\" on %s needs a single id on both sides, but %s %s; use an association entity "
          + "instead: an @Entity with a @ManyToOne to each side, named in through = ..."),
  /** A self-referential many-to-many with one column for both sides. Args: name, owner, owner, column. */
  SELF_REFERENCE_SAME_COLUMNS("DV208",
      "@ManyToMany \"%s\" on %s refers to %s itself, so its joinColumn and inverseJoinColumn must differ, "
          + "but both are \"%s\"; name both, e.g. joinColumn = \"follower_id\", "
          + "inverseJoinColumn = \"followed_id\""),
  /** A through entity without the named column. Args: through, column, attribute, name, owner, attribute, side. */
  THROUGH_COLUMN_MISSING("DV209",
      "through entity %s has no column \"%s\" (the %s of @ManyToMany \"%s\" on %s); set %s to the column "
          + "of its @ManyToOne to %s"),
  /** A through entity column that is not a foreign key to the right side. Args: see the template. */
  THROUGH_COLUMN_NOT_FOREIGN_KEY("DV210",
      "column \"%s\" of through entity %s (the %s of @ManyToMany \"%s\" on %s) is not a @ManyToOne to %s; "
          + "annotate %s.%s with @ManyToOne(target = %s.class), or set %s to a column that has one"),
  /** Two relationship handles of one name on one DAO. Args: attribute, name, site, existing, remedy. */
  HANDLE_NAME_CLASH("DV211",
      "%s \"%s\" on %s clashes with %s; choose another %s"),
  /** A relationship handle named like a property. Args: attribute, name, site, property, remedy. */
  HANDLE_NAME_CLASHES_PROPERTY("DV212",
      "%s \"%s\" on %s clashes with the property %s; choose another %s"),
  /** A relationship handle named like a method every DAO has. Args: attribute, name, site, method, remedy. */
  HANDLE_NAME_CLASHES_DAO_METHOD("DV213",
      "%s \"%s\" on %s clashes with the method %s() that every DAO has; choose another %s"),
  /** A relationship handle name that is not a Java identifier. Args: attribute, name, site. */
  HANDLE_NAME_NOT_IDENTIFIER("DV214",
      "%s \"%s\" on %s is not a Java identifier, but it names a generated method; choose a name of letters "
          + "and digits that starts with a letter and is not a Java keyword"),
  /** Both joinTable and through, naming different tables. Args: name, owner, joinTable, through, table. */
  JOIN_TABLE_WITH_THROUGH("DV215",
      "@ManyToMany \"%s\" on %s names joinTable = \"%s\" and through = %s.class, whose table is \"%s\"; "
          + "with through, the join table is the association entity's own: remove joinTable"),
  /** {@code orphanRemoval} on a {@code @ManyToOne} without a backref. Args: entity, property, entity. */
  ORPHAN_REMOVAL_WITHOUT_BACKREF("DV220",
      "@ManyToOne %s.%s has orphanRemoval = true but no backref, and orphans are made only by the one-to-many "
          + "handle a backref generates on %s; add backref = \"...\", or remove orphanRemoval"),
  /** A declared order naming no property of the entities it orders. Args: attribute, item, site, entity, name, list. */
  ORDER_BY_UNKNOWN_COLUMN("DV221",
      "%s \"%s\" of %s names no property or column of %s, which has no \"%s\"; order by one of its properties: %s"),
  /** A declared order item that is not a name and a direction. Args: attribute, item, site. */
  ORDER_BY_MALFORMED("DV222",
      "%s \"%s\" of %s is not a property with an optional direction; write \"name\", \"name ASC\" or "
          + "\"name DESC\", one item per key: {\"name\", \"id DESC\"}"),
  /** {@code backrefOrderBy} on a relationship without a backref. Args: site. */
  ORDER_BY_WITHOUT_BACKREF("DV223",
      "backrefOrderBy on %s orders a backref that is not declared; add backref = \"...\" or remove backrefOrderBy"),

  // ---------------------------------------------------------------- DV3xx: schema-wide rules

  /** {@code @Database} on a class, enum or record. Args: type, type. */
  DATABASE_NOT_INTERFACE("DV301",
      "@Database on %s, which is not an interface; declare it as one: @Database(entities = {...}) "
          + "public interface %s {}"),
  /** A listed type without {@code @Entity}. Args: type, database, type. */
  NOT_AN_ENTITY("DV302",
      "%s is listed in the entities of @Database %s but is not an @Entity; annotate %s with @Entity, "
          + "or remove it from the list"),
  /** Two entities on one table. Args: entity, table, first entity. */
  DUPLICATE_TABLE("DV303",
      "entity %s is mapped to table \"%s\", like %s; give one of them another name with "
          + "@Entity(table = \"...\")"),
  /** A join table named like another table. Args: table, name, owner, existing table. */
  JOIN_TABLE_CLASH("DV304",
      "join table \"%s\" of @ManyToMany \"%s\" on %s clashes with %s; choose another joinTable name"),
  /** A cycle of non-nullable foreign keys. Args: the cycle. */
  FOREIGN_KEY_CYCLE("DV305",
      "the non-nullable foreign keys %s form a cycle, so none of their rows can be inserted first; "
          + "make one of these columns nullable (a boxed type, without @Column(nullable = false), not an @Id)"),
  /** An entity listed in two databases. Args: entity, database, first database, entity, database. */
  ENTITY_IN_TWO_DATABASES("DV306",
      "entity %s is listed in @Database %s but already in @Database %s, and an entity belongs to one database; "
          + "remove %s.class from the entities of %s"),
  /** Warning: a name that is reserved in SQL. Args: what, name, owner, dialects, name. */
  RESERVED_WORD("DV307",
      "%s \"%s\" of %s is a reserved word in %s; it will be quoted, so it works, but SQL fragments you write "
          + "(filters, orderBy) must quote it too (%s); choose another name, or keep it and add "
          + "@SuppressWarnings(\"DV307\")"),
  /** An entity listed twice in one database. Args: entity, database. */
  ENTITY_LISTED_TWICE("DV308",
      "entity %s is listed twice in the entities of @Database %s; remove the second %s.class"),
  /** Two entities whose accessors on the generated database clash. Args: entity, accessor, db, holder, entity. */
  DATABASE_ACCESSOR_CLASH("DV309",
      "entity %s would get the accessor %s() on the generated %s, which %s already has; rename the class %s, "
          + "or list it in another @Database"),

  /** Warning: the model has changes that the newest migration does not capture. Args: db, file, changes, db. */
  MODEL_AHEAD_OF_MIGRATIONS("DV310",
      "the model of @Database %s has changes that the newest migration, %s, does not capture:%n%s%n"
          + "write a migration for them: db migrate --schema %s -m \"<what changed>\""),
  /** Warning: the migrations folder could not be compared with the model. Args: folder, db, reason. */
  MIGRATIONS_UNREADABLE("DV311",
      "could not compare the migrations in %s with the model of @Database %s: %s"),
  /** A generated type or resource whose name is taken. Args: what, generated name, holder, remedy. */
  GENERATED_NAME_TAKEN("DV312",
      "%s would generate %s, but %s has that name already, and a compilation holds one file of a name; %s"),
  /** A table or column name that is not an SQL identifier. Args: what, name, owner, suggestion. */
  NAME_NOT_SQL_IDENTIFIER("DV313",
      "%s \"%s\" of %s is not a name Dovetail writes into SQL; use letters, digits and underscores, starting "
          + "with a letter or an underscore, e.g. \"%s\""),
  /** A name longer than the strictest target keeps. Args: what, name, owner, bytes, how to rename. */
  NAME_TOO_LONG("DV314",
      "%s \"%s\" of %s is %d bytes long, but PostgreSQL keeps only the first 63 bytes of a name and MariaDB "
          + "refuses more than 64 characters; %s"),
  /** A column size no target accepts. Args: attribute, value, site, what is wrong, what to write. */
  COLUMN_SIZE("DV315",
      "@Column(%s = %d) on %s %s; %s"),
  /** Both join columns of a many-to-many named alike. Args: name, owner, column. */
  JOIN_COLUMNS_SAME("DV316",
      "@ManyToMany \"%s\" on %s has joinColumn and inverseJoinColumn both \"%s\" (written or derived from the "
          + "tables' names), and a table cannot have two columns of one name; set joinColumn and inverseJoinColumn "
          + "to two different names"),
  /** Warning: a migrations folder is set, but the engine that reads it is not on the path. Args: db, folder. */
  MIGRATION_ENGINE_MISSING("DV317",
      "the model of @Database %s is not compared with the migrations in %s: the comparison is dovetail-migrate's, "
          + "which is not on the annotation processor path; add dev.dovetail:dovetail-migrate beside "
          + "dovetail-processor (annotationProcessorPaths, or Gradle's annotationProcessor), or remove "
          + "-Adovetail.migrations"),

  // ---------------------------------------------------------------- DV4xx: declared queries

  /** A table the schema lacks. Args: method, database, its message, marked SQL, its tables. */
  QUERY_UNKNOWN_TABLE("DV401",
      "%s names a table that @Database %s does not have: %s%n  at: %s%nname one of its tables (%s), or set "
          + "checked = false if the table exists only in the production database"),
  /** A column the schema lacks. Args: method, database's message, marked SQL. */
  QUERY_UNKNOWN_COLUMN("DV402",
      "%s names a column that the schema does not have: %s%n  at: %s%ncheck the name: a column is the snake_case "
          + "of its field (authorId → author_id) unless @Column(name = ...) says otherwise"),
  /** SQL the checking database cannot parse. Args: method, checking database, database's message, marked SQL. */
  QUERY_SYNTAX_ERROR("DV403",
      "%s is not valid SQL for %s: %s%n  at: %s%nfix the SQL, or set checked = false if only the production "
          + "database understands it"),
  /** Any other refusal. Args: method, checking database, database's message, marked SQL. */
  QUERY_REFUSED("DV404",
      "%s was refused by %s: %s%n  at: %s%nfix the SQL, or set checked = false if only the production database "
          + "accepts it"),
  /** A method parameter no :name uses. Args: parameter, method, parameter. */
  QUERY_PARAMETER_UNUSED("DV405",
      "parameter %s of %s is not used by its SQL; use it as :%s, or remove it"),
  /** A :name without a method parameter. Args: method, name, name, parameters. */
  QUERY_PARAMETER_MISSING("DV406",
      "%s uses :%s, but the method has no parameter of that name; add a parameter %s, or use one of its "
          + "parameters: %s"),
  /** Result columns that cannot build the return type. Args: method, row type, what is wrong, what to select. */
  QUERY_RESULT_MISMATCH("DV407",
      "the columns %s selects cannot build %s: %s; select %s, naming each with AS where it differs"),
  /** A return type no query returns. Args: method, type, database, value types. */
  QUERY_RETURN_TYPE("DV408",
      "%s returns %s, which a @Query cannot; return List<T>, Optional<T>, Stream<T> or T, where T is an entity "
          + "of @Database %s, a record (its components named like the selected columns, public or in this "
          + "package), or one of: %s"),
  /** A parameter type that cannot be bound. Args: parameter, method, type, value types. */
  QUERY_PARAMETER_TYPE("DV409",
      "parameter %s of %s has type %s, which cannot be bound; declare it as one of: %s"),
  /** Warning: the checking database did not start. Args: database, reason. */
  QUERIES_NOT_CHECKED("DV410",
      "the queries of @Database %s were not checked against the schema, because the checking database (H2) "
          + "could not start: %s; mistakes in them will show only when they run; put com.h2database:h2 on the "
          + "annotation processor path"),
  /** A listed type without @Queries. Args: type, database, type. */
  NOT_QUERIES("DV411",
      "%s is listed in the queries of @Database %s but is not annotated @Queries; annotate %s with @Queries, "
          + "or remove it from the list"),
  /** A queries type that cannot be implemented. Args: type, what it is. */
  QUERIES_SHAPE("DV412",
      "@Queries type %s is %s, so no implementation can be generated for it; declare a public or "
          + "package-private interface, or an abstract class with a constructor taking no arguments"),
  /** An abstract method with neither annotation, or both. Args: method, what it has. */
  QUERY_METHOD_NOT_ANNOTATED("DV413",
      "%s is abstract but has %s; give it exactly one of @Query (for a SELECT) and @Update (for INSERT, UPDATE "
          + "or DELETE), or a body"),
  /** An @Update return type. Args: method, type. */
  UPDATE_RETURN_TYPE("DV414",
      "@Update %s returns %s; return int or long (the rows changed), boolean (whether any changed) or void"),
  /** A @Query that is not a query, or an @Update that is. Args: method, annotation, what it is, other. */
  QUERY_KIND_MISMATCH("DV415",
      "%s is an @%s, but its SQL %s; use @%s"),
  /** SQL whose parameters cannot be read. Args: method, problem, marked SQL. */
  QUERY_UNREADABLE("DV416",
      "the SQL of %s has %s%n  at: %s%nname every parameter after a method parameter (:name), and close every "
          + "literal and comment"),
  /** A queries accessor clashing on the generated database. Args: type, accessor, db, holder, type. */
  QUERIES_ACCESSOR_CLASH("DV417",
      "@Queries type %s would get the accessor %s() on the generated %s, which %s already has; rename %s"),
  /** An unknown target. Args: database, target, dialect names. */
  UNKNOWN_TARGET("DV418",
      "@Database %s has target = \"%s\", which names no database Dovetail knows; use one of %s, or leave it "
          + "out to check queries in H2's own mode"),
  /** Warning: a @Queries type no database lists. Args: type, type. */
  QUERIES_NOT_IN_DATABASE("DV419",
      "@Queries type %s is not listed in any @Database, so no implementation is generated for it; add %s.class "
          + "to the queries of a @Database"),
  /** A queries type listed twice, or in two databases. Args: type, database, where else. */
  QUERIES_LISTED_TWICE("DV420",
      "@Queries type %s is listed in @Database %s and %s, but its implementation is generated once; list it "
          + "in one database, once"),
  /** A generic query method. Args: method. */
  QUERY_METHOD_GENERIC("DV421",
      "%s declares type parameters, but a statement's result and parameters have fixed types; remove them");

  private final String id;
  private final String template;

  Diagnostic(String id, String template) {
    this.id = id;
    this.template = template;
  }

  /** The stable id, {@code DV101}. */
  public String id() {
    return id;
  }

  /** The message for these arguments, prefixed by the id: {@code [DV101] entity Student has no @Id; ...}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }
}
