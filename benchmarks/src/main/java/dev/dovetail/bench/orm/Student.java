package dev.dovetail.bench.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A student as a Hibernate entity, mapped onto the students table (either schema). */
@Entity(name = "Student")
@Table(name = "students")
public class Student {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String name;

  // Batch fetching, Hibernate's best strategy for the classes of many students; unordered, like every contender's.
  @ManyToMany
  @JoinTable(name = "registrations", joinColumns = @JoinColumn(name = "student_id"),
      inverseJoinColumns = @JoinColumn(name = "class_id"))
  @BatchSize(size = 16)
  private Set<Course> classes = new LinkedHashSet<>();

  /** For Hibernate. */
  protected Student() {}

  /** A new student. */
  public Student(String name) {
    this.name = name;
  }

  /** The id, once stored. */
  public Long getId() {
    return id;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** The classes, loaded when first touched. */
  public Set<Course> getClasses() {
    return classes;
  }
}
