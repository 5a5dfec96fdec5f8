package dev.dovetail.it.onetoone;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** The parent of a one-to-one: an account with at most one profile. */
@Entity(table = "accounts")
public record Account(@Id @GeneratedValue Long id, String login) {}
