package dev.dovetail.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dovetail.processor.validation.Sources.assertError;
import static dev.dovetail.processor.validation.Sources.assertOrphanReported;
import static dev.dovetail.processor.validation.Sources.compile;
import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.orphan;
import static dev.dovetail.processor.validation.Sources.type;

import com.google.testing.compile.Compilation;
import dev.dovetail.processor.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @ManyToOne(orphanRemoval = true)}: declared with a backref it compiles; without one it is DV220. */
class OrphanRemovalDiagnosticsTest {
  private static JavaFileObject basket() {
    return type("Basket",
        "@Entity(table = \"baskets\")",
        "public record Basket(@Id @GeneratedValue Long id, String name) {}");
  }

  @Test
  void withABackrefTheSpecOfTheHandleRemovesOrphans() {
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Basket.class, backref = \"items\", orphanRemoval = true) long basketId) {}");
    Compilation c = compile(basket(), item, database("Shop", "Basket", "Item"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.BasketDao").contentsAsUtf8String()
        .contains("ItemDao.Mapping.INSTANCE, 1, Mapping.INSTANCE, false, true);");
    assertThat(c).generatedSourceFile("test.ItemDao").contentsAsUtf8String()
        .contains("Mapping.INSTANCE, 1, BasketDao.Mapping.INSTANCE, false, true);");
  }

  @Test
  void withoutABackrefThereIsNoHandleToRemoveThrough() {
    JavaFileObject orphan = orphan();
    JavaFileObject item = type("Item",
        "@Entity(table = \"items\")",
        "public record Item(",
        "    @Id @GeneratedValue Long id,",
        "    @ManyToOne(target = Basket.class,",
        "        orphanRemoval = true) Long basketId) {}");
    Compilation c = compile(basket(), item, orphan, database("Shop", "Basket", "Item", "Orphan"));
    assertError(c, Diagnostic.ORPHAN_REMOVAL_WITHOUT_BACKREF.format("Item", "basketId", "Basket"), item,
        "orphanRemoval = true");
    assertOrphanReported(c, orphan);
  }
}
