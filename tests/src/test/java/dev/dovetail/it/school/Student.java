package dev.dovetail.it.school;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/** Two relationships to the same entity through two tables: registrations and the waiting list. */
@Entity(table = "students")
@ManyToMany(name = "classes", target = Course.class, joinTable = "registrations",
    joinColumn = "student_id", inverseJoinColumn = "class_id", backref = "students")
@ManyToMany(name = "waitlisted", target = Course.class, joinTable = "waitlist",
    joinColumn = "student_id", inverseJoinColumn = "class_id", backref = "waiting")
public record Student(@Id @GeneratedValue Long id, @Column(nullable = false, length = 64) String name) {}
