package com.example.school;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToMany;

@Entity(table = "students")
@ManyToMany(name = "classes", target = Course.class, joinTable = "registrations",
            joinColumn = "student_id", inverseJoinColumn = "class_id", backref = "students",
            orderBy = "name", backrefOrderBy = "name DESC")
public record Student(@Id @GeneratedValue Long id, String name) {}
