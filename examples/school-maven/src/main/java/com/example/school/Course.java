package com.example.school;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A class students take. */
@Entity(table = "classes")
public record Course(@Id @GeneratedValue Long id, String name) {}
