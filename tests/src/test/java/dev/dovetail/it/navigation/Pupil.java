package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

/**
 * A pupil: lessons in a declared order (by title, and from the lesson, pupils by name descending), a waiting
 * list with no declared order.
 */
@Entity(table = "pupils")
@ManyToMany(name = "lessons", target = Lesson.class, joinTable = "enrolments", joinColumn = "pupil_id",
    inverseJoinColumn = "lesson_id", backref = "pupils", orderBy = "title", backrefOrderBy = "name DESC")
@ManyToMany(name = "waitlisted", target = Lesson.class, joinTable = "waitlist", joinColumn = "pupil_id",
    inverseJoinColumn = "lesson_id", backref = "waiting")
public record Pupil(@Id @GeneratedValue Long id, String name) {}
