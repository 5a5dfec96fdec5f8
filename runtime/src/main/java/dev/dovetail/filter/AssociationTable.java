package dev.dovetail.filter;

import java.util.Objects;

/**
 * A plain association table of a {@code @ManyToMany} (one declared with {@code joinTable}, not
 * {@code through}), named in its owner's generated metamodel beside its typed columns:
 * {@code Student_.Classes.TABLE}, {@code Student_.Classes.CLASS_ID}. Its rows are counted with
 * {@code db.count(Student_.Classes.TABLE)} or {@code db.count(Student_.Classes.TABLE,
 * Student_.Classes.CLASS_ID.eq(maths.id()))}.
 *
 * @param <E> the metamodel class holding the table's columns
 */
public final class AssociationTable<E> {
  private final String name;

  /**
   * Made by the generated metamodel.
   *
   * @param name the table's name
   */
  public AssociationTable(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The table's name ({@code registrations}). */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssociationTable<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The table's name. */
  @Override
  public String toString() {
    return name;
  }
}
