package dev.dovetail.bench.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post as a Hibernate entity; its author is a lazy reference, as Hibernate's guide recommends. */
@Entity(name = "Post")
@Table(name = "posts")
public class Post {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 140)
  private String body;

  @Column(name = "timestamp", nullable = false)
  private Instant timestamp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private User author;

  /** For Hibernate. */
  protected Post() {}

  /** The id. */
  public Long getId() {
    return id;
  }

  /** The text. */
  public String getBody() {
    return body;
  }

  /** When it was posted. */
  public Instant getTimestamp() {
    return timestamp;
  }

  /** The author (a proxy until touched). */
  public User getAuthor() {
    return author;
  }
}
