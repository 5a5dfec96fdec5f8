package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;
import dev.dovetail.OnDelete;

/** A self-referential many-to-one, with an int id. */
@Entity
public record Employee(@Id @GeneratedValue Integer id, String name,
                       @ManyToOne(target = Employee.class, name = "boss", backref = "reports",
                                  onDelete = OnDelete.SET_NULL) Integer managerId) {}
