package dev.dovetail.testing;

import dev.dovetail.dialect.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit extension behind {@link DatabaseTest}: one invocation per database, each given that database's
 * {@link TestDatabase}, emptied before the test. The databases live as long as the test class and are
 * removed after it (JUnit closes what an extension store holds).
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DatabaseExtension.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, DatabaseTest.class)).orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    TestDatabase.Kind[] kinds = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), DatabaseTest.class)
        .map(DatabaseTest::value).orElse(TestDatabase.Kind.values());
    return Arrays.stream(kinds).distinct().map(Invocation::new);
  }

  /** The database of {@code kind} of the test class running in {@code context}, created on first use. */
  static TestDatabase database(ExtensionContext context, TestDatabase.Kind kind) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(kind, TestDatabase::create, TestDatabase.class);
  }

  /** Skips (or, on CI, fails) the test when PostgreSQL is wanted but not there, saying how to start it. */
  private static void requireServer(TestDatabase.Kind kind) {
    if (kind != TestDatabase.Kind.POSTGRESQL) {
      return;
    }
    String reason = PostgresServer.unavailableReason();
    if (reason == null) {
      return;
    }
    String message = PostgresServer.howToStart(reason);
    if (PostgresServer.onCi()) {
      throw new AssertionFailedError("CI=true, so the PostgreSQL tests must run. " + message);
    }
    if (WARNED.compareAndSet(false, true)) {
      String line = "*".repeat(100);
      System.err.println(line + "\n[dovetail tests] SKIPPING every PostgreSQL test: " + message + "\n" + line);
    }
    throw new TestAbortedException("skipped: " + message);
  }

  /** One run of a test on one database. */
  private static final class Invocation implements TestTemplateInvocationContext {
    private final TestDatabase.Kind kind;

    Invocation(TestDatabase.Kind kind) {
      this.kind = kind;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + kind.name().toLowerCase(Locale.ROOT) + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new Prepare(kind), new Resolver(kind));
    }
  }

  /** Makes sure the database is there and empty before the test's {@code @BeforeEach} methods run. */
  private record Prepare(TestDatabase.Kind kind) implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      requireServer(kind);
      database(context, kind).reset();
    }
  }

  /** Gives test and lifecycle methods the {@link TestDatabase}, its {@link Jdbi} and its {@link Dialect}. */
  private record Resolver(TestDatabase.Kind kind) implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == TestDatabase.class || type == Jdbi.class || type == Dialect.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      if (type == Dialect.class) {
        return kind.dialect();
      }
      TestDatabase database = database(context, kind);
      return type == Jdbi.class ? database.jdbi() : database;
    }
  }
}
