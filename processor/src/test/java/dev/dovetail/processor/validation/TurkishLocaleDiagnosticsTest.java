package dev.dovetail.processor.validation;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity diagnostics again, under a Turkish default locale, where {@code "I".toLowerCase()} is a dotless
 * {@code ı}: any case conversion without {@code Locale.ROOT} shows up as a missed or garbled diagnostic.
 */
class TurkishLocaleDiagnosticsTest extends EntityDiagnosticsTest {
  private static Locale saved;

  @BeforeAll
  static void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(new Locale("tr", "TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  @Test
  void reservedWordInUpperCaseIsStillFound() {
    // "LIMIT" lower-cased in tr_TR is "lımıt", which no reserved-word list holds.
    var item = Sources.type("Item",
        "@Entity(table = \"items\")",
        "public record Item(@Id @GeneratedValue Long id, @Column(name = \"LIMIT\") int quantity) {}");
    var c = Sources.compile(item, Sources.database("Shop", "Item"));
    Sources.assertWarning(c,
        "[DV307] column \"LIMIT\" of Item.quantity is a reserved word in h2, postgresql, mariadb and sqlite",
        item, "int quantity");
  }
}
