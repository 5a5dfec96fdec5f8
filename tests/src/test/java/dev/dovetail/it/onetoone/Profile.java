package dev.dovetail.it.onetoone;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;

/**
 * SQLAlchemy's {@code relationship(uselist=False)}: a foreign key that is also unique, so each account has at most
 * one profile.
 */
@Entity(table = "profiles")
public record Profile(@Id @GeneratedValue Long id, String bio,
    @ManyToOne(target = Account.class, backref = "profile", onDelete = OnDelete.CASCADE)
    @Column(unique = true, nullable = false) Long accountId) {}
