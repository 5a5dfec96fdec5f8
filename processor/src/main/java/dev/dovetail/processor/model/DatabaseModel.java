package dev.dovetail.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Database}: its entities, its declared queries and what it generates.
 *
 * @param packageName the interface's package
 * @param simpleName the interface's simple name ({@code School}), also the schema's name
 * @param isInterface whether the annotated type is an interface
 * @param entities the listed types that are entities, in listed order
 * @param notEntities qualified names of listed types without {@code @Entity}
 * @param queries the types listed in {@code queries}, in listed order
 * @param target the dialect name the queries are written for ({@code postgresql}), or empty
 * @param origin the interface and its {@code @Database}
 * @param qualifiedName the interface's qualified name, enclosing types included ({@code p.Config.School})
 */
public record DatabaseModel(
    String packageName,
    String simpleName,
    boolean isInterface,
    List<EntityModel> entities,
    List<String> notEntities,
    List<QueriesModel> queries,
    String target,
    Origin origin,
    String qualifiedName) {

  /** Copies the lists. */
  public DatabaseModel {
    entities = List.copyOf(entities);
    notEntities = List.copyOf(notEntities);
    queries = queries == null ? List.of() : List.copyOf(queries);
    target = target == null ? "" : target;
    qualifiedName = qualifiedName != null ? qualifiedName
        : packageName == null || packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** A top-level interface: its qualified name is its package's and its simple name. */
  public DatabaseModel(String packageName, String simpleName, boolean isInterface, List<EntityModel> entities,
      List<String> notEntities, List<QueriesModel> queries, String target, Origin origin) {
    this(packageName, simpleName, isInterface, entities, notEntities, queries, target, origin, null);
  }

  /** A database without declared queries. */
  public DatabaseModel(String packageName, String simpleName, boolean isInterface, List<EntityModel> entities,
      List<String> notEntities, Origin origin) {
    this(packageName, simpleName, isInterface, entities, notEntities, List.of(), "", origin, null);
  }

  /** The entity of that qualified name, if it is in this database. */
  public Optional<EntityModel> entity(String qualifiedName) {
    return entities.stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst();
  }
}
