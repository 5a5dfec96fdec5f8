package dev.dovetail.migrate;

/**
 * How a tool over the migration engine spells its commands, so that the engine's messages name what the user
 * runs: {@code db migrate -m "..."} on the command line, {@code mvn dovetail:migrate -Dmessage="..."} in Maven.
 *
 * @param init the command writing the first migration ({@code db init})
 * @param migrate the command writing the next migration ({@code db migrate -m "..."})
 * @param upgrade the command applying the migrations ({@code db upgrade})
 * @param compile how to put the compiled model on the class path, when it is not there
 * @param nameDatabase how to name one database among several
 */
public record Commands(String init, String migrate, String upgrade, String compile, String nameDatabase) {
  /** The {@code db} command line's words. */
  public static final Commands DB = new Commands("db init", "db migrate -m \"...\"", "db upgrade",
      "compile the project (the annotation processor writes it for each @Database) and run db with its classes "
          + "on the classpath, or pass --model <schema.json>",
      "pass --schema <one of them>");
}
