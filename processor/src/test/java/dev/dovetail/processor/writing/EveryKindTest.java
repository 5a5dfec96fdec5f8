package dev.dovetail.processor.writing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of entity compiles, generated code included, without a warning: records and classes (public fields,
 * getters), every supported type, composite ids, many-to-one with backrefs, self-referential and parallel
 * many-to-many, an association entity, reserved words. Runs under a Turkish default locale, where
 * {@code "I".toLowerCase()} is not {@code "i"}.
 */
class EveryKindTest {
  static final String[] SOURCES = {"AllTypes", "Color", "Tag", "Account", "User", "Follow", "Post", "Order",
      "OrderLine", "Employee", "billing/Invoice", "Catalog", "Person", "Project", "Projects"};

  private static Locale defaultLocale;
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    defaultLocale = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    compilation = Compilations.compile("kinds", SOURCES);
  }

  @AfterAll
  static void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private static String source(String qualifiedName) throws IOException {
    return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void everyEntityGetsADaoAndEveryDatabaseAnEntryPoint() {
    for (String dao : new String[] {"AllTypesDao", "TagDao", "AccountDao", "UserDao", "FollowDao", "PostDao",
        "OrderDao", "OrderLineDao", "EmployeeDao", "PersonDao", "ProjectDao", "CatalogDb", "ProjectsDb"}) {
      assertThat(compilation).generatedSourceFile("com.example.kinds." + dao);
    }
    assertThat(compilation).generatedSourceFile("com.example.kinds.billing.InvoiceDao");
  }

  @Test
  void everyTypeIsReadWithItsDialectGetter() throws IOException {
    String dao = source("com.example.kinds.AllTypesDao");
    assertThat(dao).contains("long id = d.getLong(rs, at[0]);");
    assertThat(dao).contains("char initial = d.getCharacter(rs, at[15]);");
    assertThat(dao).contains("byte[] data = d.getBytes(rs, at[23]);");
    assertThat(dao).contains("OffsetDateTime zoned = d.getOffsetDateTime(rs, at[27]);");
    assertThat(dao).contains("AllTypes.Level level = levelName == null ? null : AllTypes.Level.valueOf(levelName);");
    assertThat(dao).contains("case 29 -> e.color() == null ? null : e.color().name();");
    assertThat(dao).contains(".column(\"initial\", ColumnType.CHAR, false)");
  }

  @Test
  void classesAreReadThroughFieldsAndAccessors() throws IOException {
    assertThat(source("com.example.kinds.TagDao")).contains("case 0 -> e.name;");
    String account = source("com.example.kinds.AccountDao");
    assertThat(account).contains("case 0 -> e.getId();");
    assertThat(account).contains("case 2 -> e.isActive();");
    assertThat(account).contains("case 3 -> e.isVerified();");
    assertThat(account).contains("case 4 -> e.score();");
    assertThat(account).contains(
        "return new Account((Long) id, e.getEmail(), e.isActive(), e.isVerified(), e.score());");
  }

  @Test
  void aSingleColumnIdInheritsItsTypedFinders() throws IOException {
    String users = source("com.example.kinds.UserDao");
    assertThat(users).contains("public final class UserDao extends KeyedDao<User, Long> {");
    assertThat(users).doesNotContain("findById");
  }

  @Test
  void compositeIdsTakeOneParameterPerColumn() throws IOException {
    assertThat(source("com.example.kinds.FollowDao"))
        .contains("public Optional<Follow> findById(Long followerId, Long followedId) {");
    assertThat(source("com.example.kinds.OrderLineDao"))
        .contains("public boolean deleteById(UUID orderId, Integer lineNo) {");
  }

  @Test
  void relationshipMethods() throws IOException {
    String users = source("com.example.kinds.UserDao");
    assertThat(users).contains("public ManyToManyHandle<User, User> followed(User user) {");
    assertThat(users).contains("public ManyToManyHandle<User, User> followers(User user) {");
    assertThat(users).contains("public Map<User, List<User>> friendOfOf(Collection<? extends User> users) {");
    assertThat(users).contains("public OneToManyHandle<Post, User> posts(User user) {");
    assertThat(users).contains("public Map<User, List<Post>> postsOf(Collection<? extends User> users) {");
    assertThat(source("com.example.kinds.PostDao")).contains("public Optional<User> author(Post post) {");
    String employees = source("com.example.kinds.EmployeeDao");
    assertThat(employees).contains("public Optional<Employee> boss(Employee employee) {");
    assertThat(employees).contains("public OneToManyHandle<Employee, Employee> reports(Employee employee) {");
    assertThat(source("com.example.kinds.billing.InvoiceDao")).contains("public Optional<Account> account(");
    assertThat(source("com.example.kinds.AccountDao")).contains("public OneToManyHandle<Invoice, Account> invoices(");
  }

  @Test
  void aThroughLinkNeedsTheAssociationEntitysRequiredColumns() throws IOException {
    // Follow.timestamp is nullable, so add() can link two users with a row of just the two ids.
    assertThat(source("com.example.kinds.UserDao"))
        .contains("new ManyToManySpec<User, User>(\"User.followed\",\n"
            + "      \"follows\", \"follower_id\", \"followed_id\", Mapping.INSTANCE, Mapping.INSTANCE, \"\");");
  }
}
