package dev.dovetail.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.jdbi.v3.core.Jdbi;

/**
 * The project's compiled classes and dependencies as a class loader, and the JDBC driver among them.
 *
 * <p>The plugin's own classes (Dovetail's runtime, JDBI) come first, so the model read from the project is of
 * the same classes the plugin uses. The driver is found through {@link ServiceLoader} on the project's loader
 * rather than {@link java.sql.DriverManager}, which only hands out drivers its caller's class loader can see,
 * and the plugin's loader cannot see the project's.
 */
final class ProjectClasspath implements AutoCloseable {
  private final URLClassLoader loader;

  private ProjectClasspath(URLClassLoader loader) {
    this.loader = loader;
  }

  /** A loader over {@code elements} (folders and jars), with {@code parent} asked first. */
  static ProjectClasspath of(List<String> elements, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    for (String element : elements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a classpath element: " + element, e);
      }
    }
    return new ProjectClasspath(new URLClassLoader(urls.toArray(URL[]::new), parent));
  }

  /** The class loader. */
  ClassLoader loader() {
    return loader;
  }

  /** A JDBI of the database at {@code settings.url()}, connecting through the project's driver for it. */
  Jdbi jdbi(ConnectionSettings settings, Redactor redactor) {
    Driver driver = driverFor(settings.url(), redactor);
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    return Jdbi.create(() -> driver.connect(settings.url(), properties));
  }

  private Driver driverFor(String url, Redactor redactor) {
    List<String> seen = new ArrayList<>();
    for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
      try {
        if (driver.acceptsURL(url)) {
          return driver;
        }
      } catch (SQLException e) {
        // A driver that cannot judge the URL is not the one for it.
      }
      seen.add(driver.getClass().getName());
    }
    throw new IllegalArgumentException("no JDBC driver on the project's classpath accepts " + redactor.redact(url)
        + (seen.isEmpty() ? " (it has none)" : " (it has " + seen + ")")
        + ": add the database's driver to the project's dependencies (e.g. com.h2database:h2), in compile or "
        + "runtime scope, or to the plugin's <dependencies>");
  }

  @Override
  public void close() throws java.io.IOException {
    loader.close();
  }
}
