package dev.dovetail.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Database}: its entities and what it generates.
 *
 * @param packageName the interface's package
 * @param simpleName the interface's simple name ({@code School}), also the schema's name
 * @param isInterface whether the annotated type is an interface
 * @param entities the listed types that are entities, in listed order
 * @param notEntities qualified names of listed types without {@code @Entity}
 * @param origin the interface and its {@code @Database}
 */
public record DatabaseModel(
    String packageName,
    String simpleName,
    boolean isInterface,
    List<EntityModel> entities,
    List<String> notEntities,
    Origin origin) {

  /** Copies the lists. */
  public DatabaseModel {
    entities = List.copyOf(entities);
    notEntities = List.copyOf(notEntities);
  }

  /** The entity of that qualified name, if it is in this database. */
  public Optional<EntityModel> entity(String qualifiedName) {
    return entities.stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst();
  }
}
