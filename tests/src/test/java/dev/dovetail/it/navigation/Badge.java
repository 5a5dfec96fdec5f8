package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** A badge keyed by text, given to pupils: handles by a String id. */
@Entity(table = "badges")
@ManyToMany(name = "holders", target = Pupil.class, joinTable = "badge_holders", joinColumn = "badge_code",
    inverseJoinColumn = "pupil_id", backref = "badges", orderBy = "name")
public record Badge(@Id String code, String label) {}
