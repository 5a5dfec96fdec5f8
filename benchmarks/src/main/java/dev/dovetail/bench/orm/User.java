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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A user as a Hibernate entity, following other users through {@code follows}. */
@Entity(name = "User")
@Table(name = "users")
public class User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @ManyToMany
  @JoinTable(name = "follows", joinColumns = @JoinColumn(name = "follower_id"),
      inverseJoinColumns = @JoinColumn(name = "followed_id"))
  @BatchSize(size = 16)
  private Set<User> followed = new HashSet<>();

  /** For Hibernate. */
  protected User() {}

  /** The id. */
  public Long getId() {
    return id;
  }

  /** The unique name. */
  public String getUsername() {
    return username;
  }

  /** The users this one follows. */
  public Set<User> getFollowed() {
    return followed;
  }
}
