package dev.dovetail.bench.model;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A student registered in classes: the sample's {@code Student}. The hand-written JDBC and JDBI contenders
 * map rows into this record too, so that every contender but Hibernate builds the same objects.
 *
 * @param id the database-assigned id
 * @param name the student's name
 */
@Entity(table = "students")
@ManyToMany(name = "classes", target = Course.class, joinTable = "registrations",
    joinColumn = "student_id", inverseJoinColumn = "class_id", backref = "students")
public record Student(@Id @GeneratedValue Long id, @Column(nullable = false, length = 64) String name) {}
