package dev.dovetail.processor.reading;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dovetail.OnDelete;
import dev.dovetail.processor.model.Accessor;
import dev.dovetail.processor.model.DatabaseModel;
import dev.dovetail.processor.model.EntityModel;
import dev.dovetail.processor.model.ManyToManyModel;
import dev.dovetail.processor.model.Origin;
import dev.dovetail.processor.model.PropertyModel;
import dev.dovetail.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The reader on declarations the validators must judge: it records what it finds, never throws, and keeps the
 * origins diagnostics need.
 */
class ModelReaderTest {

  /** Runs the reader on every {@code @Database} of the sources, in the first round. */
  private static final class Reading extends AbstractProcessor {
    final List<DatabaseModel> models = new ArrayList<>();
    final List<List<String>> unresolved = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.dovetail.Database");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      ModelReader reader = new ModelReader(processingEnv);
      for (Element e : round.getElementsAnnotatedWith(dev.dovetail.Database.class)) {
        unresolved.add(reader.unresolved((TypeElement) e));
        models.add(reader.read((TypeElement) e));
      }
      return false;
    }
  }

  private static Reading read(String... sources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?(?:class|record|interface|enum) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString("test." + name, "package test;\nimport dev.dovetail.*;\n" + source));
    }
    Reading reading = new Reading();
    Compiler.javac().withProcessors(reading).compile(files);
    return reading;
  }

  private static PropertyModel property(EntityModel entity, String name) {
    return entity.properties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void recordsFactsInsteadOfThrowing() {
    Reading reading = read(
        "@Database(entities = {NoId.class, Plain.class, Shapes.class, Shapes.Inner.class, Iface.class})"
            + " interface Db {}",
        "@Entity record NoId(String name, java.util.List<String> tags, Object any,"
            + " @ManyToOne(target = Plain.class) Long plainId) {}",
        "class Plain {}",
        "@Entity abstract class Shapes<T> { private String hidden; Shapes(int wrong) {}"
            + " @Entity class Inner { } }",
        "@Entity interface Iface {}");
    DatabaseModel db = reading.models.get(0);
    assertEquals(List.of("test.Plain"), db.notEntities());
    assertThat(db.entities().stream().map(EntityModel::simpleName).toList())
        .containsExactly("NoId", "Shapes", "Inner", "Iface").inOrder();

    EntityModel noId = db.entities().get(0);
    assertThat(noId.ids()).isEmpty();
    assertTrue(noId.constructible());
    assertEquals(ValueKind.UNSUPPORTED, property(noId, "tags").kind());
    assertNull(property(noId, "tags").columnType());
    assertEquals(ValueKind.UNSUPPORTED, property(noId, "any").kind());
    assertEquals("test.Plain", property(noId, "plainId").manyToOne().target());

    EntityModel shapes = db.entities().get(1);
    assertThat(shapes.problems()).containsExactly(EntityModel.Shape.ABSTRACT, EntityModel.Shape.GENERIC);
    assertNull(property(shapes, "hidden").accessor());
    assertFalse(shapes.constructible());
    assertThat(db.entities().get(2).problems()).containsExactly(EntityModel.Shape.INNER);
    assertThat(db.entities().get(3).problems()).containsExactly(EntityModel.Shape.NOT_A_CLASS);
    assertThat(db.entities().get(3).properties()).isEmpty();
  }

  @Test
  void appliesNamingRulesAndDefaults() {
    Reading reading = read(
        "@Database(entities = {BlogPost.class, Tag.class}) interface Db {}",
        "@Entity @ManyToMany(name = \"tags\", target = Tag.class, joinTable = \"post_tags\", backref = \"posts\")"
            + " record BlogPost(@Id @GeneratedValue Long id, int viewCount, @Column(name = \"txt\", nullable = false)"
            + " String bodyText, @ManyToOne(target = Tag.class, onDelete = OnDelete.CASCADE) String mainTagId) {}",
        "@Entity(table = \"tags\") record Tag(@Id String name) {}");
    EntityModel post = reading.models.get(0).entities().get(0);
    assertEquals("blog_post", post.table());
    assertEquals("view_count", property(post, "viewCount").column());
    assertFalse(property(post, "viewCount").nullable());
    assertFalse(property(post, "id").nullable());
    assertTrue(property(post, "id").generated());
    assertEquals("txt", property(post, "bodyText").column());
    assertFalse(property(post, "bodyText").nullable());
    assertEquals(new Accessor(Accessor.Kind.METHOD, "bodyText"), property(post, "bodyText").accessor());
    assertEquals("mainTag", property(post, "mainTagId").manyToOne().name());
    assertEquals(OnDelete.CASCADE, property(post, "mainTagId").manyToOne().onDelete());
    ManyToManyModel tags = post.manyToMany().get(0);
    assertEquals(new ManyToManyModel("tags", "test.Tag", "post_tags", "blog_post_id", "tag_id", "posts", null,
        tags.origin()), tags);
  }

  @Test
  void readsRepeatedManyToManyAndThroughEntities() {
    Reading reading = read(
        "@Database(entities = {User.class, Follow.class}) interface Db {}",
        "@Entity(table = \"users\")"
            + " @ManyToMany(name = \"followed\", target = User.class, through = Follow.class,"
            + " joinColumn = \"follower_id\", inverseJoinColumn = \"followed_id\", backref = \"followers\")"
            + " @ManyToMany(name = \"blocked\", target = User.class, joinTable = \"blocks\", joinColumn = \"a\","
            + " inverseJoinColumn = \"b\")"
            + " record User(@Id Long id) {}",
        "@Entity(table = \"follows\") record Follow(@Id @ManyToOne(target = User.class) Long followerId,"
            + " @Id @ManyToOne(target = User.class) Long followedId) {}");
    List<ManyToManyModel> relationships = reading.models.get(0).entities().get(0).manyToMany();
    assertThat(relationships.stream().map(ManyToManyModel::name).toList()).containsExactly("followed", "blocked");
    ManyToManyModel followed = relationships.get(0);
    assertEquals("test.Follow", followed.through());
    assertEquals("follows", followed.joinTable());
    assertNull(relationships.get(1).through());
    // Origins point at the annotation, and can be narrowed to one attribute for the diagnostic.
    Origin backref = Annotations.attribute(followed.origin(), "backref");
    assertNotNull(backref.annotation());
    assertEquals("\"followers\"", backref.value().toString());
    assertNull(Annotations.attribute(relationships.get(1).origin(), "backref").value());
  }

  @Test
  void reportsUnresolvedTypesForTheNextRound() {
    Reading reading = read(
        "@Database(entities = {Thing.class, Missing.class}) interface Db {}",
        "@Entity @ManyToMany(name = \"x\", target = Absent.class) record Thing(@Id Long id, Gone gone,"
            + " @ManyToOne(target = Nowhere.class) Long nowhereId) {}");
    List<String> unresolved = reading.unresolved.get(0);
    assertThat(unresolved).hasSize(4);
    assertThat(String.join("\n", unresolved)).contains("Gone (the type of Thing.gone)");
    assertThat(String.join("\n", unresolved)).contains("the target of @ManyToOne on Thing.nowhereId");
    assertThat(String.join("\n", unresolved)).contains("@ManyToMany(name = \"x\") on Thing");
  }
}
