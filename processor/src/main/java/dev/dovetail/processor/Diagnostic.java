package dev.dovetail.processor;

import java.util.Locale;

/**
 * The catalog of every message the processor reports. Each has a stable id (shown in brackets, searchable
 * in the README) and a text that says what is wrong and what to write instead. Tests assert on these
 * entries, never on retyped strings.
 */
public enum Diagnostic {
  /** The processor itself failed on a type; never the user's fault. */
  INTERNAL_ERROR("DV000", "Dovetail failed while processing %s: %s. Please report this with the stack trace:%n%s"),
  /** An entity listed in no database. */
  ENTITY_NOT_IN_DATABASE("DV001",
      "entity %s is not listed in any @Database, so no DAO is generated for it; add %s.class to the entities "
          + "of a @Database interface"),
  /** A type still unresolved after the last round. */
  UNRESOLVED_TYPE("DV002",
      "%s refers to a type that could not be resolved (%s); check the import, or the processor that should "
          + "generate it");

  private final String id;
  private final String template;

  Diagnostic(String id, String template) {
    this.id = id;
    this.template = template;
  }

  /** The stable id, {@code DV101}. */
  public String id() {
    return id;
  }

  /** The message for these arguments, prefixed by the id: {@code [DV101] entity Student has no @Id; ...}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }
}
