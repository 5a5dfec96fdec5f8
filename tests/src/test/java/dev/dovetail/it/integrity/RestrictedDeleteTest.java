package dev.dovetail.it.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.dialect.Dialect.Violation;
import dev.dovetail.runtime.ConstraintViolationException;
import dev.dovetail.testing.DatabaseTest;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Deleting a row that rows of another table still refer to, through a foreign key that restricts it: a
 * foreign-key violation on every database, naming the referring table and column and the declaration that
 * would let the delete go ahead.
 */
class RestrictedDeleteTest {

  private static void assertMentions(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), () -> "expected \"" + part + "\" in: " + e.getMessage());
    }
  }

  private static void assertRefused(IntegrityDb db, Writer writer, Consumer<Writer> delete, String column,
      String... more) {
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> delete.accept(writer));
    assertEquals(Violation.FOREIGN_KEY, e.violation(), e.getMessage());
    assertMentions(e, "Writer(id=" + writer.id() + ")", column, "onDelete = CASCADE");
    assertMentions(e, more);
    for (String other : new String[] {"articles.writer_id", "articles.editor_id", "notes.writer_id"}) {
      if (!other.equals(column)) {
        assertFalse(e.getMessage().contains(other), () -> "names " + other + " too: " + e.getMessage());
      }
    }
    assertFalse(e.getMessage().contains("a row still referred to would be removed"), e.getMessage());
    assertTrue(db.writers().exists(writer), "the refused delete left the row");
  }

  @DatabaseTest
  void namesTheReferringColumnAndTheDeclarationThatAllowsTheDelete(Jdbi jdbi) {
    IntegrityDb db = IntegrityDb.create(jdbi);
    db.createSchema();
    Writer author = db.writers().insert(new Writer(null, "author"));
    Writer editor = db.writers().insert(new Writer(null, "editor"));
    Writer noted = db.writers().insert(new Writer(null, "noted"));
    Writer subject = db.writers().insert(new Writer(null, "subject"));
    db.articles().insert(new Article(null, "one", author.id(), editor.id()));
    db.notes().insert(new Note(null, noted.id(), subject.id()));

    assertRefused(db, author, w -> db.writers().delete(w), "articles.writer_id", "Article");
    assertRefused(db, editor, w -> db.writers().deleteById(w.id()), "articles.editor_id", "SET_NULL");
    assertRefused(db, noted, w -> db.writers().delete(w), "notes.writer_id", "Note");
    assertRefused(db, editor, w -> db.useTransaction(tx -> tx.writers().delete(w)), "articles.editor_id");

    assertTrue(db.writers().delete(subject), "a row referred to only through ON DELETE CASCADE goes");
    assertEquals(0, db.notes().query().where("subject_id IS NOT NULL").count());
  }
}
