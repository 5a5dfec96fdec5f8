package dev.dovetail.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your build" snippet is what the example project built by the invoker run uses: each
 * {@code <dependency>} and {@code <plugin>} of the snippet appears, as written, in
 * {@code examples/school-maven/pom.xml}. So the snippet a new user copies is the one the build proves works.
 */
class ReadmeSnippetTest {
  static final String START = "<!-- snippet:maven-build -->";
  static final String END = "<!-- /snippet:maven-build -->";
  private static final Pattern BLOCK = Pattern.compile("<(dependency|plugin)>.*?</\\1>", Pattern.DOTALL);

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  @Test
  void everyElementOfTheSnippetIsInTheExamplePom() throws IOException {
    String snippet = snippet(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    String pom = normalize(Files.readString(ROOT.resolve("examples/school-maven/pom.xml"), StandardCharsets.UTF_8));
    List<String> blocks = blocks(normalize(snippet));
    assertTrue(blocks.size() >= 4, "the snippet shows the runtime, a driver, the compiler plugin and the "
        + "dovetail plugin; found " + blocks);
    List<String> missing = new ArrayList<>();
    for (String block : blocks) {
      if (!pom.contains(block)) {
        missing.add(block);
      }
    }
    assertEquals(List.of(), missing, "the README's snippet and examples/school-maven/pom.xml differ: copy the "
        + "snippet into the example (or the example's change into the snippet)");
  }

  @Test
  void theCheckSeesADifference() {
    String pom = normalize("<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>");
    List<String> blocks = blocks(normalize("""
        <plugin>
          <artifactId>maven-compiler-plugin</artifactId>
        </plugin>"""));
    assertEquals(1, blocks.size());
    assertTrue(!pom.contains(blocks.get(0)), "a snippet without the version is not the example's plugin");
  }

  /** The text between the README's markers, inside its code fence. */
  static String snippet(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    if (start < 0 || end < start) {
      fail("README.md has no " + START + " ... " + END + " around the Maven snippet of \"Use it in your build\"");
    }
    return readme.substring(start + START.length(), end).replace("```xml", "").replace("```", "");
  }

  /** Whitespace between tags dropped and runs of it inside text made one space, so indentation does not count. */
  static String normalize(String xml) {
    return xml.replaceAll("<!--.*?-->", "").replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
  }

  /** The outermost {@code <dependency>} and {@code <plugin>} elements. */
  static List<String> blocks(String xml) {
    List<String> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(xml);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
