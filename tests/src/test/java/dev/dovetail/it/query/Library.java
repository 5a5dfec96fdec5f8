package dev.dovetail.it.query;

import dev.dovetail.Database;

/** Authors, books, readers and loans, with declared queries. */
@Database(entities = {Author.class, Book.class, Reader.class, Loan.class}, queries = Catalog.class)
public interface Library {}
