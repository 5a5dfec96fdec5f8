package dev.dovetail.sample.school;

import dev.dovetail.Column;
import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A student, registered in classes through the {@code registrations} table: the seed's
 * {@code classes = db.relationship('Class', secondary=registrations, backref=db.backref('students', lazy='dynamic'))}.
 */
@Entity(table = "students")
@ManyToMany(name = "classes", target = Course.class, joinTable = "registrations",
    joinColumn = "student_id", inverseJoinColumn = "class_id", backref = "students")
public record Student(@Id @GeneratedValue Long id, @Column(nullable = false, length = 64) String name) {}
