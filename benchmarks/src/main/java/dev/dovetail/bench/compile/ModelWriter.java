package dev.dovetail.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a model of {@code entities} entities and {@code relationships} relationships as Java sources, three
 * times: as Dovetail records (package {@code gen.dovetail}, one {@code @Database} of them all), as Jakarta
 * Persistence classes (package {@code gen.jpa}) for Hibernate's processor, and as the same classes with a
 * Micronaut Data JDBC repository each (package {@code gen.micronaut}) for Micronaut's. Every entity has an id and three
 * columns, none a reserved word of any dialect (else the processor would warn on every entity, DV307);
 * relationships alternate between a many-to-one (to an entity of lower number, so that foreign keys never form
 * a cycle) and a many-to-many with a join table of its own, each with a backref.
 */
public final class ModelWriter {
  private ModelWriter() {}

  /** One relationship: of entity {@code owner} to entity {@code target}; {@code number} names it. */
  record Relationship(int number, int owner, int target, boolean manyToMany) {}

  /** The relationships of a model of this size, always the same for the same size. */
  static List<Relationship> relationships(int entities, int relationships) {
    List<Relationship> out = new ArrayList<>();
    for (int r = 0; r < relationships; r++) {
      int owner = 1 + r % (entities - 1);
      int target = (owner * 37 + r * 11) % owner;
      out.add(new Relationship(r, owner, target, r % 2 == 1));
    }
    return out;
  }

  /** Writes the Dovetail model under {@code root}; returns the files written. */
  public static List<Path> writeDovetail(Path root, int entities, int relationships) {
    List<Relationship> rels = relationships(entities, relationships);
    List<Path> files = new ArrayList<>();
    Path dir = root.resolve("gen/dovetail");
    StringBuilder all = new StringBuilder();
    for (int e = 0; e < entities; e++) {
      StringBuilder src = new StringBuilder(
          "package gen.dovetail;\n\nimport dev.dovetail.*;\nimport java.time.Instant;\n\n");
      src.append("/** Entity ").append(e).append(". */\n");
      src.append("@Entity(table = \"e").append(e).append("\")\n");
      StringBuilder fields = new StringBuilder("    @Id @GeneratedValue Long id,\n"
          + "    @Column(nullable = false, length = 64) String name,\n    Integer score,\n    Instant created");
      for (Relationship r : rels) {
        if (r.owner() != e) {
          continue;
        }
        if (r.manyToMany()) {
          src.append("@ManyToMany(name = \"links").append(r.number()).append("\", target = E").append(r.target())
              .append(".class, joinTable = \"j").append(r.number()).append("\", joinColumn = \"owner_id\", ")
              .append("inverseJoinColumn = \"target_id\", backref = \"back").append(r.number()).append("\")\n");
        } else {
          fields.append(",\n    @ManyToOne(target = E").append(r.target()).append(".class, backref = \"back")
              .append(r.number()).append("\") Long ref").append(r.number()).append("Id");
        }
      }
      src.append("public record E").append(e).append("(\n").append(fields).append(") {}\n");
      files.add(write(dir.resolve("E" + e + ".java"), src.toString()));
      all.append(e == 0 ? "" : ", ").append(e % 8 == 7 ? "\n    " : "").append("E").append(e).append(".class");
    }
    files.add(write(dir.resolve("Model.java"), "package gen.dovetail;\n\nimport dev.dovetail.Database;\n\n"
        + "/** All of them. */\n@Database(entities = {" + all + "})\npublic interface Model {}\n"));
    return files;
  }

  /** Writes the same model as Jakarta Persistence entities under {@code root}; returns the files written. */
  public static List<Path> writeJpa(Path root, int entities, int relationships) {
    return writeJpa(root, "jpa", entities, relationships);
  }

  /**
   * Writes the same model for Micronaut Data JDBC under {@code root}: the Jakarta Persistence entities, which
   * Micronaut Data reads as its own mapped entities, and per entity a repository
   * ({@code @JdbcRepository interface E1Repository extends CrudRepository<E1, Long>}) with one derived finder;
   * returns the files written.
   */
  public static List<Path> writeMicronaut(Path root, int entities, int relationships) {
    List<Path> files = writeJpa(root, "micronaut", entities, relationships);
    Path dir = root.resolve("gen/micronaut");
    for (int e = 0; e < entities; e++) {
      String name = "E" + e;
      files.add(write(dir.resolve(name + "Repository.java"), "package gen.micronaut;\n\n"
          + "import io.micronaut.data.jdbc.annotation.JdbcRepository;\n"
          + "import io.micronaut.data.model.query.builder.sql.Dialect;\n"
          + "import io.micronaut.data.repository.CrudRepository;\nimport java.util.List;\n\n"
          + "/** The repository of entity " + e + ". */\n@JdbcRepository(dialect = Dialect.H2)\n"
          + "public interface " + name + "Repository extends CrudRepository<" + name + ", Long> {\n"
          + "  /** The entities of this name. */\n  List<" + name + "> findByName(String name);\n}\n"));
    }
    return files;
  }

  private static List<Path> writeJpa(Path root, String pkg, int entities, int relationships) {
    List<Relationship> rels = relationships(entities, relationships);
    List<Path> files = new ArrayList<>();
    Path dir = root.resolve("gen/" + pkg);
    for (int e = 0; e < entities; e++) {
      StringBuilder src = new StringBuilder("package gen." + pkg + ";\n\nimport jakarta.persistence.*;\n"
          + "import java.time.Instant;\nimport java.util.HashSet;\nimport java.util.Set;\n\n");
      src.append("/** Entity ").append(e).append(". */\n@Entity\n@Table(name = \"e").append(e).append("\")\n");
      src.append("public class E").append(e).append(" {\n");
      StringBuilder members = new StringBuilder();
      members.append("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
      members.append("  @Column(nullable = false, length = 64) private String name;\n");
      members.append("  private Integer score;\n  private Instant created;\n");
      StringBuilder accessors = new StringBuilder();
      accessor(accessors, "Long", "id");
      accessor(accessors, "String", "name");
      accessor(accessors, "Integer", "score");
      accessor(accessors, "Instant", "created");
      for (Relationship r : rels) {
        if (r.owner() == e) {
          if (r.manyToMany()) {
            members.append("  @ManyToMany @JoinTable(name = \"j").append(r.number())
                .append("\", joinColumns = @JoinColumn(name = \"owner_id\"), ")
                .append("inverseJoinColumns = @JoinColumn(name = \"target_id\"))\n  private Set<E").append(r.target())
                .append("> links").append(r.number()).append(" = new HashSet<>();\n");
            accessor(accessors, "Set<E" + r.target() + ">", "links" + r.number());
          } else {
            members.append("  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"ref").append(r.number())
                .append("_id\") private E").append(r.target()).append(" ref").append(r.number()).append(";\n");
            accessor(accessors, "E" + r.target(), "ref" + r.number());
          }
        }
        if (r.target() == e) {
          String owner = "E" + r.owner();
          if (r.manyToMany()) {
            members.append("  @ManyToMany(mappedBy = \"links").append(r.number()).append("\") private Set<")
                .append(owner).append("> back").append(r.number()).append(" = new HashSet<>();\n");
          } else {
            members.append("  @OneToMany(mappedBy = \"ref").append(r.number()).append("\") private Set<")
                .append(owner).append("> back").append(r.number()).append(" = new HashSet<>();\n");
          }
          accessor(accessors, "Set<" + owner + ">", "back" + r.number());
        }
      }
      src.append(members).append('\n').append(accessors).append("}\n");
      files.add(write(dir.resolve("E" + e + ".java"), src.toString()));
    }
    return files;
  }

  private static void accessor(StringBuilder out, String type, String name) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    out.append("  public ").append(type).append(" get").append(cap).append("() {\n    return ").append(name)
        .append(";\n  }\n\n  public void set").append(cap).append('(').append(type).append(" value) {\n    this.")
        .append(name).append(" = value;\n  }\n\n");
  }

  private static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
