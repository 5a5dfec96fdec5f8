package com.example.kinds;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A class mapped through getters: get, is, and record-style accessors. */
@Entity(table = "accounts")
public class Account {
  @Id @GeneratedValue private final Long id;
  @Column(nullable = false) private final String email;
  private final boolean active;
  private final Boolean verified;
  private final int score;
  /** Not mapped: transient. */
  private transient String cache;

  /** Builds an account. */
  public Account(Long id, String email, boolean active, Boolean verified, int score) {
    this.id = id;
    this.email = email;
    this.active = active;
    this.verified = verified;
    this.score = score;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }

  public Boolean isVerified() {
    return verified;
  }

  int score() {
    return score;
  }

  String cache() {
    return cache;
  }
}
