package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Docs are code: the README's Java quick start is {@link QuickStart}'s body, and its JShell session runs in
 * a real {@code jshell} from the built jars and prints what the README says it prints.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void quickStart_isTheReadmesJavaBlock_andGivesTheSeedNumbers() throws IOException {
    List<String> readme = block("<!-- quickstart -->");
    List<String> source = between(Files.readAllLines(
        ROOT.resolve("cost-model-examples/src/main/java/dev/costmodel/examples/QuickStart.java")),
        "// quickstart:begin", "// quickstart:end");
    assertThat(readme).isEqualTo(source);

    MonthlyEstimate estimate = QuickStart.estimate();
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("69.07"));
    assertThat(estimate.subtotal(CostCategory.RETRAIN).rounded()).isEqualTo(Money.usd("50.60"));
  }

  @Test
  void overlayExample_isTheReadmesBlock() throws IOException {
    List<String> readme = block("<!-- overlay -->");
    List<String> source = between(Files.readAllLines(
        ROOT.resolve("cost-model-examples/src/main/java/dev/costmodel/examples/CustomPrices.java")),
        "// overlay:begin", "// overlay:end");
    assertThat(readme).isEqualTo(source);
  }

  @Test
  void jshellSession_runsAsPasted() throws Exception {
    List<String> input = block("<!-- jshell-session -->");
    List<String> expected = block("<!-- jshell-output -->");
    Path script = Files.createTempFile("readme-session", ".jsh");
    List<String> lines = new ArrayList<>(input);
    lines.add("/exit");
    Files.write(script, lines, StandardCharsets.UTF_8);

    String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
    Process process = new ProcessBuilder(jshell, "--class-path", classPath(), "--startup", "DEFAULT",
        "--startup", ROOT.resolve("cost-model-examples/costmodel.jsh").toString(), script.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.lines().map(String::stripTrailing).toList()).as(output).containsSubsequence(expected);
  }

  /** The built jars when `package` has run (as in `mvn verify`), else the compiled classes. */
  private static String classPath() {
    String version = System.getProperty("project.version", "0.1.0-SNAPSHOT");
    List<String> entries = new ArrayList<>();
    for (String module : List.of("cost-model-api", "cost-model-core")) {
      Path jar = ROOT.resolve(module + "/target/" + module + "-" + version + ".jar");
      entries.add((Files.exists(jar) ? jar : ROOT.resolve(module + "/target/classes")).toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** The lines of the fenced block that follows {@code marker} in README.md. */
  static List<String> block(String marker) throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    int at = readme.indexOf(marker);
    assertThat(at).as("README.md has the marker " + marker).isNotNegative();
    int open = at + 1;
    assertThat(readme.get(open)).startsWith("```");
    List<String> lines = new ArrayList<>();
    for (int i = open + 1; !readme.get(i).startsWith("```"); i++) {
      lines.add(readme.get(i));
    }
    return lines;
  }

  static List<String> between(List<String> lines, String begin, String end) {
    List<String> body = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.strip().equals(end)) {
        break;
      }
      if (inside) {
        body.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      inside |= line.strip().equals(begin);
    }
    return body;
  }
}
