package dev.dovetail.bench.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.Hibernate;

/** A class as a Hibernate entity; equal by id, as entities in a {@code Set} must be. */
@Entity(name = "Course")
@Table(name = "classes")
public class Course {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String name;

  /** For Hibernate. */
  protected Course() {}

  /** The id. */
  public Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || Hibernate.getClass(this) != Hibernate.getClass(o)) {
      return false;
    }
    return getId() != null && Objects.equals(getId(), ((Course) o).getId());
  }

  @Override
  public int hashCode() {
    return Course.class.hashCode();
  }
}
