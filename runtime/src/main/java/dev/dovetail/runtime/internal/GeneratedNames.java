package dev.dovetail.runtime.internal;

import java.util.Locale;

/**
 * The names of what the processor generates, computed in one place that the processor and the runtime both
 * use, so that they cannot drift apart.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /** {@code Student} → {@code StudentDao}, in the entity's package. */
  public static String dao(String entitySimpleName) {
    return entitySimpleName + "Dao";
  }

  /** {@code School} → {@code SchoolDb}, in the {@code @Database} interface's package. */
  public static String database(String databaseSimpleName) {
    return databaseSimpleName + "Db";
  }

  /** The nested class of a DAO holding the entity's mapping. */
  public static String mapping() {
    return "Mapping";
  }

  /** {@code Student} → {@code students}, {@code Category} → {@code categories}: the DAO accessor. */
  public static String daoAccessor(String entitySimpleName) {
    String lower = Character.toLowerCase(entitySimpleName.charAt(0)) + entitySimpleName.substring(1);
    return plural(lower);
  }

  /** {@code Post} → {@code Post_}: the metamodel of an entity's columns, in the entity's package. */
  public static String metamodel(String entitySimpleName) {
    return entitySimpleName + "_";
  }

  /** {@code Reports} → {@code ReportsImpl}: the implementation of a {@code @Queries} type, in its package. */
  public static String queriesImpl(String queriesSimpleName) {
    return queriesSimpleName + "Impl";
  }

  /** {@code Reports} → {@code reports}: the accessor of a {@code @Queries} type on the database entry point. */
  public static String queriesAccessor(String queriesSimpleName) {
    return Character.toLowerCase(queriesSimpleName.charAt(0)) + queriesSimpleName.substring(1);
  }

  /** {@code classes} → {@code classesOf}: the batch-loading method of a relationship. */
  public static String batchLoader(String relationship) {
    return relationship + "Of";
  }

  /** {@code classes} → {@code classesOfIds}: the batch-loading method of a relationship keyed by the owners' ids. */
  public static String batchLoaderByIds(String relationship) {
    return relationship + "OfIds";
  }

  /** {@code Student}'s relationship {@code classes} → {@code Student_.Classes}: its association table's columns. */
  public static String associationColumns(String relationship) {
    return Character.toUpperCase(relationship.charAt(0)) + relationship.substring(1);
  }

  /** {@code authorId} → {@code author}: the many-to-one navigation of a foreign-key field. */
  public static String manyToOne(String fieldName) {
    if (fieldName.length() > 2 && fieldName.endsWith("Id")) {
      return fieldName.substring(0, fieldName.length() - 2);
    }
    return fieldName + "Ref";
  }

  /** {@code META-INF/dovetail/School/}: the folder of a schema's generated resources. */
  public static String resourceFolder(String databaseSimpleName) {
    return "META-INF/dovetail/" + databaseSimpleName + "/";
  }

  /** {@code META-INF/dovetail/School/h2.sql}: the DDL of a schema for one dialect. */
  public static String ddlResource(String databaseSimpleName, String dialectName) {
    return resourceFolder(databaseSimpleName) + dialectName + ".sql";
  }

  /** {@code META-INF/dovetail/databases}: the names of the databases of a compilation, one a line. */
  public static String databaseIndex() {
    return "META-INF/dovetail/databases";
  }

  /** {@code META-INF/dovetail/School/schema.json}: the schema snapshot. */
  public static String snapshotResource(String databaseSimpleName) {
    return resourceFolder(databaseSimpleName) + "schema.json";
  }

  /**
   * English singular of a plural word, by the regular rules, the inverse of {@link #daoAccessor}'s plural:
   * {@code classes} → {@code class}, {@code categories} → {@code category}, {@code users} → {@code user}.
   */
  public static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** English plural of a lower-camel word, by the regular rules. */
  static String plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return word + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
