package com.example.kinds;

import dev.dovetail.Entity;
import dev.dovetail.Id;

/** A String-keyed target. */
@Entity(table = "projects")
public record Project(@Id String code, String title) {}
