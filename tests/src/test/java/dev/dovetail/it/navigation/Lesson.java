package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;

/** A lesson. */
@Entity(table = "lessons")
public record Lesson(@Id @GeneratedValue Long id, String title, int credits) {}
