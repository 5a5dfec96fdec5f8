package dev.dovetail.processor.model;

import dev.dovetail.OnDelete;
import java.util.List;

/**
 * A {@code @ManyToOne} on a foreign-key property.
 *
 * @param target qualified name of the referenced type, as written (it may not be an entity)
 * @param name the many side's navigation ({@code author}), explicit or derived
 * @param backref the one side's handle name, empty for none
 * @param onDelete what deleting the referenced row does
 * @param orphanRemoval whether detaching a child through the backref deletes it
 * @param origin the property and its {@code @ManyToOne}
 * @param backrefOrderBy the declared order of the backref's children, as written ({@code "email DESC"}), empty
 *     for none
 */
public record ManyToOneModel(String target, String name, String backref, OnDelete onDelete, boolean orphanRemoval,
    Origin origin, List<String> backrefOrderBy) {

  /** A {@code @ManyToOne} without orphan removal whose backref declares no order. */
  public ManyToOneModel(String target, String name, String backref, OnDelete onDelete, Origin origin) {
    this(target, name, backref, onDelete, false, origin, List.of());
  }
}
