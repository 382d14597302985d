package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.AwsPriceList;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.core.analysis.UncertaintyResult;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Docs are code: every fenced block of README.md is checked, as written.
 *
 * <p>A walker finds every block and runs the check its name selects. A block's name is the
 * {@code <!-- name -->} comment on the line above its fence, or, for an unmarked block, its section heading
 * ({@code ## Benchmarks}). A block no check covers fails the walker, and so does a check whose block is gone.
 * Java blocks are an example class's marked source or run in a real {@code jshell} from the built jars, with the
 * README's own JShell command line; shell blocks must name modules, classes, files and jars that exist or
 * that the poms build; output blocks are compared with real output.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String EXAMPLES = "cost-model-examples/src/main/java/dev/costmodel/examples/";

  /** A fenced block of README.md: its name, the line of its opening fence (1-based), its info string, body. */
  record Block(String name, int line, String info, List<String> lines) {}

  /** What checks a block. */
  @FunctionalInterface
  interface Check {
    void check(Block block) throws Exception;
  }

  private static final Map<String, Check> CHECKS = checks();

  private static Map<String, Check> checks() {
    Map<String, Check> checks = new LinkedHashMap<>();
    checks.put("line-item", ReadmeTest::lineItem);
    checks.put("quickstart", ReadmeTest::quickStart);
    checks.put("jshell-command", ReadmeTest::jshellCommand);
    checks.put("jshell-session", ReadmeTest::jshellSession);
    checks.put("jshell-output", ReadmeTest::jshellOutput);
    checks.put("seed-report-command", ReadmeTest::shell);
    checks.put("maven-dependency", ReadmeTest::mavenDependency);
    checks.put("maven-dependency-assertj", ReadmeTest::mavenTestDependency);
    checks.put("maven-bom", ReadmeTest::mavenBom);
    checks.put("advisor", ReadmeTest::advisor);
    checks.put("budget", ReadmeTest::budget);
    checks.put("budget-failure", ReadmeTest::budgetFailure);
    checks.put("analysis", ReadmeTest::analysis);
    checks.put("analysis-command", ReadmeTest::shell);
    checks.put("price-file", ReadmeTest::priceFile);
    checks.put("overlay", ReadmeTest::overlay);
    checks.put("aws-price-list", ReadmeTest::awsPriceList);
    checks.put("build-command", ReadmeTest::shell);
    checks.put("replay-seed", ReadmeTest::shell);
    checks.put("mutation-command", ReadmeTest::shell);
    checks.put("environments", ReadmeTest::environments);
    checks.put("three-clouds", ReadmeTest::threeClouds);
    checks.put("## Benchmarks", ReadmeTest::shell);   // that section's owners may add a marker
    return checks;
  }

  @TestFactory
  Stream<DynamicTest> everyFencedBlock_isCheckedAsWritten() throws IOException {
    return blocks().stream().map(block -> DynamicTest.dynamicTest(
        block.name() + " (README.md line " + block.line() + ")", () -> {
          Check check = CHECKS.get(block.name());
          if (check == null) {
            fail("README.md line " + block.line() + ": the fenced block named '" + block.name()
                + "' is not covered by any check: put a <!-- name --> comment on the line above its fence"
                + " and add a check of that name to ReadmeTest.checks()");
          }
          check.check(block);
        }));
  }

  @Test
  void everyCheck_hasExactlyOneBlock() throws IOException {
    List<String> names = blocks().stream().map(Block::name).toList();
    assertThat(names).as("README.md block names").doesNotHaveDuplicates();
    assertThat(names).as("README.md blocks").containsAll(CHECKS.keySet());
  }

  @Test
  void walker_findsUnmarkedBlocksByTheirSection_andMarkedOnesByTheirMarker() {
    List<Block> blocks = blocks(List.of("# t", "", "## Install", "```", "a", "```", "<!-- x -->", "```java",
        "b", "```"));
    assertThat(blocks).containsExactly(new Block("## Install", 4, "", List.of("a")),
        new Block("x", 8, "java", List.of("b")));
  }

  // ---------------------------------------------------------------------------------------------- checks

  /** The pitch's sample line is a line of the quick start's estimate, as printed. */
  private static void lineItem(Block block) {
    assertThat(block.lines()).hasSize(1);
    assertThat(QuickStart.estimate().lineItems()).map(LineItem::toString).contains(block.lines().get(0));
  }

  private static void quickStart(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "QuickStart.java", "quickstart"));
    MonthlyEstimate estimate = QuickStart.estimate();
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("69.07"));
    assertThat(estimate.subtotal(CostCategory.RETRAIN).rounded()).isEqualTo(Money.usd("50.60"));
  }

  /**
   * Builds what JShell needs, then starts it with the notebook jar (api and core in one class-path jar, no module
   * descriptors, nothing but costmodel's classes and its startup script), the examples jar, and the two startup
   * scripts: the library's imports, then the examples'.
   */
  private static void jshellCommand(Block block) throws IOException {
    assertThat(block.lines()).hasSize(2);
    assertThat(block.lines().get(0)).isEqualTo("./mvnw -B -q package -DskipTests");
    shell(block);
    List<String> words = words(block.lines().get(1));
    List<String> classPath = List.of(option(words, "--class-path").split(":"));
    assertThat(classPath).as("the notebook jar, and the examples jar for SeedScenarios")
        .containsExactlyElementsOf(Stream.of("cost-model-notebook", "cost-model-examples")
            .map(module -> module + "/target/" + module + "-" + version() + ".jar").toList());
    List<String> startups = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals("--startup")) {
        startups.add(words.get(i + 1));
      }
    }
    assertThat(startups).containsExactly("DEFAULT", "cost-model-notebook/costmodel.jsh",
        "cost-model-examples/costmodel.jsh");
    assertThat(Files.readAllLines(ROOT.resolve("cost-model-notebook/costmodel.jsh"))).contains(
        "import dev.costmodel.api.*;", "import dev.costmodel.api.aws.*;", "import dev.costmodel.api.price.*;",
        "import dev.costmodel.core.*;", "import dev.costmodel.core.analysis.*;", "import dev.costmodel.core.chart.*;",
        "import dev.costmodel.core.report.*;", "import java.util.*;", "import java.math.*;", "import java.time.*;",
        "import java.nio.file.*;").noneMatch(line -> line.contains("examples"));
    assertThat(Files.readAllLines(ROOT.resolve("cost-model-examples/costmodel.jsh"))).contains(
        "import dev.costmodel.examples.*;", "import dev.costmodel.examples.SeedScenarios.Pattern;");
    Path notebook = ROOT.resolve(classPath.get(0));
    if (Files.exists(notebook)) {   // built by package; the examples' own tests may run before it
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(notebook.toFile())) {
        List<String> entries = jar.stream().map(java.util.jar.JarEntry::getName).filter(name -> !name.endsWith("/"))
            .toList();
        assertThat(entries).as(notebook + ": a plain class-path jar of costmodel's classes")
            .noneMatch(name -> name.endsWith("module-info.class"))
            .allMatch(name -> name.startsWith("dev/costmodel/api/") || name.startsWith("dev/costmodel/core/")
                || name.startsWith("META-INF/"))
            .contains("dev/costmodel/api/MonthlyEstimate.class", "dev/costmodel/core/PriceCatalogs.class",
                "META-INF/costmodel/costmodel.jsh");
      }
    }
  }

  /** The README's JShell session runs in a real {@code jshell} and prints the README's output block. */
  private static void jshellSession(Block block) throws Exception {
    String output = jshell(block.lines(), List.of(), Files.createTempDirectory("readme-session"));
    assertThat(output.lines().map(String::stripTrailing).toList()).as(output)
        .containsSubsequence(block("<!-- jshell-output -->"));
  }

  /** The output block is what the session's statements print, computed here too. */
  private static void jshellOutput(Block block) {
    MonthlyEstimate estimate = QuickStart.estimate();
    List<String> expected = new ArrayList<>(estimate.toString().lines().toList());
    expected.add(estimate.summary());
    expected.add(SeedScenarios.serverless(Pattern.A).estimate().total().rounded().toString());
    assertThat(block.lines()).isEqualTo(expected);
  }

  /** The assertions' dependency is {@link #mavenDependency}'s, in test scope. */
  private static void mavenTestDependency(Block block) {
    mavenDependency(block);
    assertThat(tag(String.join("\n", block.lines()), "artifactId")).isEqualTo("cost-model-assertj");
    assertThat(tag(String.join("\n", block.lines()), "scope")).isEqualTo("test");
  }

  /** The budget block is {@code SeedBudgetTest}'s marked source, which that test runs. */
  private static void budget(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked("cost-model-examples/src/test/java/dev/costmodel/examples/"
        + "SeedBudgetTest.java", "budget"));
  }

  /** The sample failure is the start of the real one, then "...". */
  private static void budgetFailure(Block block) {
    AssertionError failure = org.assertj.core.api.Assertions.catchThrowableOfType(AssertionError.class,
        () -> dev.costmodel.assertj.CostAssertions.assertThat(SeedScenarios.realtime(Pattern.B).estimate())
            .totalIsAtMost(Money.usd(300)));
    assertThat(failure).isNotNull();
    List<String> shown = block.lines().subList(0, block.lines().size() - 1);
    assertThat(block.lines().get(block.lines().size() - 1)).isEqualTo("...");
    assertThat(failure.getMessage().lines().limit(shown.size()).toList()).isEqualTo(shown);
  }

  /** The dependency names a module the build makes, with the build's group and version. */
  private static void mavenDependency(Block block) {
    assertThat(block.info()).isEqualTo("xml");
    String xml = String.join("\n", block.lines());
    assertThat(tag(xml, "groupId")).isEqualTo(tag(pom(""), "groupId"));
    assertThat(tag(xml, "version")).isEqualTo(version());
    String artifactId = tag(xml, "artifactId");
    assertThat(modules()).contains(artifactId);
    assertThat(artifactId(artifactId)).isEqualTo(artifactId);
  }

  /** The advisor's search space is {@link ArchitectureAdvice#seedSpace}'s source; its test checks the answers. */
  private static void advisor(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "ArchitectureAdvice.java", "advisor"));
  }

  /** The BOM import names the BOM module of this build, and the BOM pins every published module. */
  private static void mavenBom(Block block) throws IOException {
    mavenDependency(block);
    String xml = String.join("\n", block.lines());
    assertThat(tag(xml, "artifactId")).isEqualTo("cost-model-bom");
    assertThat(tag(xml, "type")).isEqualTo("pom");
    assertThat(tag(xml, "scope")).isEqualTo("import");
    String bom = Files.readString(ROOT.resolve("cost-model-bom/pom.xml"));
    for (String published : List.of("cost-model-api", "cost-model-core", "cost-model-assertj", "cost-model-notebook")) {
      assertThat(bom).as("the BOM pins " + published).contains("<artifactId>" + published + "</artifactId>");
    }
  }

  /** The analysis tour is {@link DecisionAnalysis#tour()}'s source, and runs as pasted in {@code jshell}. */
  private static void analysis(Block block) throws Exception {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "DecisionAnalysis.java", "analysis"));
    List<String> probes = List.of(
        "System.out.println(\"table \" + table.toCsv().replace('\\n', '|'));",
        "System.out.println(\"weekly \" + frequency.points().get(1).estimate().total());",
        "System.out.println(\"widest \" + tornado.bars().get(0).input().name());",
        "System.out.println(\"even \" + even.value().orElseThrow().toPlainString());",
        "System.out.println(\"pipelines \" + pipelines);",
        "System.out.println(\"spread \" + spread.summary());",
        "System.out.println(\"yen \" + yen.summary());",
        "System.out.println(\"chart \" + chart.length());");
    String output = jshell(block.lines(), probes, Files.createTempDirectory("readme-analysis"));

    List<Object> tour = DecisionAnalysis.tour();   // the same code, compiled; its results, printed alike
    List<String> expected = List.of(
        "table " + ((Comparison) tour.get(0)).toCsv().replace('\n', '|'),
        "weekly " + ((Sweep) tour.get(1)).points().get(1).estimate().total(),
        "widest retrain runs per month",
        "even 74460000",
        "pipelines 25",
        "spread " + ((UncertaintyResult) tour.get(5)).summary(),
        "yen " + ((MonthlyEstimate) tour.get(6)).summary(),
        "chart " + ((String) tour.get(7)).length());
    assertThat(output.lines().toList()).as(output).containsSubsequence(expected);
    assertThat(((BreakEven) tour.get(3)).value().orElseThrow()).isEqualByComparingTo("74460000");
    assertThat(output).contains("weekly USD 237.74", "yen B (G=200) / serverless: JPY 10,361");
  }

  /** The price file loads as written, keeps its sources and statuses, and prices tier by tier. */
  private static void priceFile(Block block) throws IOException {
    Path file = Files.createTempDirectory("readme-prices").resolve("mycompany-us-east-1.csv");
    Files.write(file, block.lines(), StandardCharsets.UTF_8);
    PriceCatalog catalog = PriceCatalogs.read(file);

    assertThat(catalog.name()).isEqualTo("mycompany/us-east-1");
    assertThat(catalog.prices()).hasSize(2);
    Price training = catalog.find(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge")).orElseThrow();
    assertThat(training.unitPrice()).hasToString("USD 0.23/instance-hour");
    assertThat(training.source().description()).isEqualTo("seed report section 5-1");
    assertThat(training.source().status()).isEqualTo(PriceStatus.SECONDARY);
    Price s3 = catalog.find(PriceKey.of("S3", "Storage", "Standard")).orElseThrow();
    assertThat(s3.tiers()).hasSize(3);
    assertThat(s3.tiers().get(2).end()).isEmpty();
    // 600 TB = 614,400 GiB-months: 51,200 × 0.023 + 460,800 × 0.022 + 102,400 × 0.021 = 13,465.60
    BigDecimal sixHundredTerabytes = new BigDecimal("614400");
    assertThat(s3.costOf(sixHundredTerabytes)).isEqualTo(Money.usd("13465.60"));
    assertThat(s3.sourcesFor(sixHundredTerabytes)).extracting(source -> source.status()).containsExactly(
        PriceStatus.SECONDARY, PriceStatus.INFERRED, PriceStatus.INFERRED);

    // the seed's pattern B retraining (training step only) and model artifacts, priced from the file
    MonthlyEstimate estimate = CostScenario.builder().name("from the README's price file").prices(catalog)
        .workload(SeedScenarios.WORKLOAD).topology(ModelTopology.perGroup(200))
        .addComponent(RetrainPipeline.builder()
            .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30))).runsPerMonth(1.2).build())
        .addComponent(ModelStorage.builder().artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build())
        .build().estimate();
    assertThat(estimate.subtotal(CostCategory.RETRAIN)).isEqualTo(Money.usd("27.60"));   // seed 7-3
    assertThat(estimate.subtotal(CostCategory.STORAGE).rounded()).isEqualTo(Money.usd("0.54"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("28.14"));
  }

  /** The overlay is {@link CustomPrices#catalog()}'s source; {@code CustomPricesTest} checks what it prices. */
  private static void overlay(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "CustomPrices.java", "overlay"));
    assertThat(CustomPrices.retrainLines()).isNotEmpty().allSatisfy(line -> assertThat(line.note().orElseThrow())
        .startsWith("after SageMaker Savings Plan, 3 years, covers SageMaker/").endsWith(" -64%"));
  }

  /** The environments block is {@link EnvironmentCosts#tfvars()}'s source; its commented totals are right. */
  private static void environments(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "EnvironmentCosts.java", "environments"));
    var estimate = EnvironmentCosts.tfvars().estimate();
    assertThat(block.lines()).contains(
        "// estimate.estimate(\"dev\").total().rounded()    " + estimate.estimate("dev").total().rounded(),
        "// estimate.estimate(\"prod\").total().rounded()   " + estimate.estimate("prod").total().rounded(),
        "// estimate.total().rounded()                    " + estimate.total().rounded());
  }

  /**
   * The three-clouds block is {@link ThreeClouds#comparison()}'s source with right totals, and the README's
   * environment table beside it holds {@link ThreeClouds#environments}'s totals, provider by provider.
   */
  /** {@code 1,008.78}: an amount as the README's tables print it. */
  private static String grouped(dev.costmodel.api.Money money) {
    return String.format(java.util.Locale.ROOT, "%,.2f", money.rounded().amount());
  }

  private static void threeClouds(Block block) throws IOException {
    assertThat(block.info()).isEqualTo("java");
    assertThat(block.lines()).isEqualTo(marked(EXAMPLES + "ThreeClouds.java", "three-clouds"));
    var clouds = ThreeClouds.comparison();
    assertThat(block.lines()).contains(
        "// clouds.estimate(Cloud.AWS).total().rounded()     " + clouds.estimate(dev.costmodel.api.Cloud.AWS).total().rounded(),
        "// clouds.estimate(Cloud.GCP).total().rounded()     " + clouds.estimate(dev.costmodel.api.Cloud.GCP).total().rounded(),
        "// clouds.estimate(Cloud.AZURE).total().rounded()   " + clouds.estimate(dev.costmodel.api.Cloud.AZURE).total().rounded());
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    for (dev.costmodel.api.Cloud cloud : dev.costmodel.api.Cloud.values()) {
      var estimate = ThreeClouds.environments(cloud).estimate();
      String row = "| " + cloud + " | " + Stream.of("dev", "staging", "prod")
          .map(name -> grouped(estimate.estimate(name).total()))
          .collect(Collectors.joining(" | ")) + " | **" + grouped(estimate.total()) + "** |";
      assertThat(readme).as("README.md environment table row for " + cloud).contains(row);
    }
  }

  /** The offer-file line runs as written in {@code jshell}, in a directory holding small files of its names. */
  private static void awsPriceList(Block block) throws Exception {
    assertThat(block.info()).isEqualTo("java");
    Path dir = Files.createTempDirectory("readme-offers");
    Files.writeString(dir.resolve("AmazonSageMaker.csv"), OfferFiles.csv("AmazonSageMaker", OfferFiles.SAGEMAKER));
    Files.writeString(dir.resolve("AmazonS3.json"), OfferFiles.json("AmazonS3", OfferFiles.S3));
    Files.writeString(dir.resolve("AWSLambda.csv"), OfferFiles.csv("AWSLambda", OfferFiles.LAMBDA));
    String output = jshell(block.lines(), List.of(
        "prices.prices().forEach(p -> System.out.println(\"price \" + p + \" | \" + p.source()));"), dir);

    PriceCatalog expected = AwsPriceList.read("us-east-1", dir.resolve("AmazonSageMaker.csv"),
        dir.resolve("AmazonS3.json"), dir.resolve("AWSLambda.csv"));
    assertThat(expected.prices()).hasSize(OfferFiles.SAGEMAKER.size() + 2);
    assertThat(expected.find(PriceKey.of("S3", "Storage", "Standard")).orElseThrow().tiers()).hasSize(3);
    assertThat(expected.prices()).allSatisfy(p -> assertThat(p.source().status()).isEqualTo(PriceStatus.OFFICIAL));
    List<String> printed = output.lines().filter(line -> line.startsWith("price ")).toList();
    assertThat(printed).as(output).containsExactlyInAnyOrderElementsOf(
        expected.prices().stream().map(p -> "price " + p + " | " + p.source()).toList());
    assertThat(printed).anyMatch(line -> line.startsWith("price SageMaker/Training/ml.m5.xlarge: USD 0.23/"));
  }

  // -------------------------------------------------------------------------------------- shell commands

  /** Every command of a shell block names modules, classes, files and jars of this build, and options we know. */
  private static void shell(Block block) {
    assertThat(block.info()).as("a shell block has no language").isEmpty();
    for (String line : block.lines()) {
      List<String> words = words(line);
      switch (words.get(0)) {
        case "mvn" -> maven(line, words);
        case "./mvnw" -> {
          assertThat(ROOT.resolve("mvnw")).as(line + ": the Maven wrapper").isRegularFile().isExecutable();
          maven(line, words);
        }
        case "jshell" -> jshellWords(line, words);
        case "java" -> javaJar(line, words);
        case "bash" -> {
          assertThat(words).as(line).hasSize(2);
          assertThat(ROOT.resolve(words.get(1))).as(line).isRegularFile();
        }
        default -> fail("README.md: a shell block runs '" + words.get(0) + "', which ReadmeTest cannot check: "
            + line + "; add a case for it to ReadmeTest.shell");
      }
    }
  }

  private static final Set<String> MAVEN_WORDS = Set.of("-B", "-q", "-am", "-DskipTests", "compile", "package",
      "test", "verify", "install", "exec:java", "-DQT_SEED=<seed>", "-Dsurefire.failIfNoSpecifiedTests=false",
      "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true");

  private static void maven(String line, List<String> words) {
    List<String> modules = List.of();
    String mainClass = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("-pl")) {
        modules = List.of(words.get(++i).split(","));
        assertThat(modules()).as(line).containsAll(modules);
      } else if (word.startsWith("-Dexec.mainClass=")) {
        mainClass = word.substring("-Dexec.mainClass=".length());
      } else if (word.startsWith("-P")) {
        assertThat(ROOT.resolve("pom.xml")).as(line + ": a profile of the root pom").content()
            .contains("<id>" + word.substring(2) + "</id>");
      } else if (word.startsWith("-Dtest=")) {
        String testClass = word.substring("-Dtest=".length());
        assertThat(modules()).as(line + ": a test class " + testClass)
            .anyMatch(module -> testSourceExists(module, testClass));
      } else if (word.startsWith("-Dexec.args=")) {
        assertThat(word).as(line + ": output goes under the module's target/").startsWith("-Dexec.args=target/");
      } else {
        assertThat(MAVEN_WORDS).as(line + ": unknown word '" + word + "'; add it to ReadmeTest.MAVEN_WORDS"
            + " if it is right").contains(word);
      }
    }
    if (words.contains("exec:java")) {
      assertThat(modules).as(line + ": exec:java runs in one module, chosen with -pl").hasSize(1);
      if (mainClass == null) {
        mainClass = tag(pom(modules.get(0)), "exec.mainClass");
      }
      assertThat(ROOT.resolve(modules.get(0) + "/src/main/java/" + mainClass.replace('.', '/') + ".java"))
          .as(line + ": the main class").isRegularFile();
      assertThat(mainClass).as(line).isNotEqualTo("${exec.mainClass}");
    } else {
      assertThat(mainClass).as(line + ": -Dexec.mainClass without exec:java").isNull();
    }
  }

  /** Options for JShell's own JVM (not the one snippets run in) that the README's command may pass. */
  private static final Set<String> JSHELL_JVM_OPTIONS = Set.of("-J-XX:TieredStopAtLevel=1");
  private static boolean testSourceExists(String module, String testClass) {
    Path tests = ROOT.resolve(module + "/src/test/java");
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(tests)) {
      return files.anyMatch(file -> file.getFileName().toString().equals(testClass + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void jshellWords(String line, List<String> words) {
    for (int i = 1; i < words.size(); i += 2) {
      String option = words.get(i);
      if (option.startsWith("-J")) {
        assertThat(JSHELL_JVM_OPTIONS).as(line + ": a JVM option for JShell's own JVM").contains(option);
        i--;
        continue;
      }
      String value = words.get(i + 1);
      switch (option) {
        case "--class-path" -> {
          for (String jar : value.split(":")) {
            assertThat(jars()).as(line + ": a jar the build makes").contains(jar);
          }
        }
        case "--startup" -> {
          if (!value.equals("DEFAULT")) {
            assertThat(ROOT.resolve(value)).as(line).isRegularFile();
          }
        }
        default -> fail("README.md: unknown jshell option '" + option + "' in: " + line);
      }
    }
  }

  private static void javaJar(String line, List<String> words) {
    assertThat(words.size()).as(line + ": java -jar JAR BENCHMARK [-p name=value ...]").isIn(4, 6, 8);
    for (int i = 4; i < words.size(); i += 2) {
      assertThat(words.get(i)).as(line + ": a JMH parameter").isEqualTo("-p");
      assertThat(words.get(i + 1)).as(line + ": a JMH parameter").matches("[a-zA-Z]+=[\\w,.]+");
    }
    assertThat(words.get(1)).isEqualTo("-jar");
    String jar = words.get(2);
    assertThat(jars()).as(line + ": a jar the build makes").contains(jar);
    String module = jar.substring(0, jar.indexOf('/'));
    try (Stream<Path> files = Files.walk(ROOT.resolve(module + "/src/main/java"))) {
      List<Path> benchmark = files.filter(path -> path.getFileName().toString().equals(words.get(3) + ".java"))
          .toList();
      assertThat(benchmark).as(line + ": the benchmark class").hasSize(1);
      String source = Files.readString(benchmark.get(0));
      for (int i = 5; i < words.size(); i += 2) {
        String name = words.get(i).substring(0, words.get(i).indexOf('='));
        assertThat(source).as(line + ": the benchmark has a @Param " + name).containsPattern(
            "@Param\\([^)]*\\)\\s+public\\s+\\w+\\s+" + name + ";");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ jshell

  /**
   * Runs {@code snippet} and then {@code probes} in a real {@code jshell}, started in {@code directory} as the
   * README's JShell command starts it. A jar not built yet (the examples jar, while this module's own tests
   * run before {@code package}) is replaced by its module's classes. Fails on any error or exception.
   */
  private static String jshell(List<String> snippet, List<String> probes, Path directory) throws Exception {
    List<String> words = words(block("<!-- jshell-command -->").get(1));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jshell").toString());
    for (int i = 1; i < words.size(); i += 2) {
      command.add(words.get(i));
      if (words.get(i).startsWith("-J")) {   // a JVM option of JShell's own, without a value
        i--;
        continue;
      }
      String value = words.get(i + 1);
      if (words.get(i).equals("--class-path")) {
        value = Stream.of(value.split(":")).map(ReadmeTest::builtJarOrClasses)
            .collect(Collectors.joining(File.pathSeparator));
      } else if (!value.equals("DEFAULT")) {
        value = ROOT.resolve(value).toString();
      }
      command.add(value);
    }
    Path script = directory.resolve("readme-snippet.jsh");
    List<String> lines = new ArrayList<>(snippet);
    lines.addAll(probes);
    lines.add("/exit");
    Files.write(script, lines, StandardCharsets.UTF_8);
    command.add(script.toString());

    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jshell ended").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as("jshell output").doesNotContain("Error:").doesNotContain("Exception");
    return output;
  }

  private static String builtJarOrClasses(String jar) {
    Path path = ROOT.resolve(jar);
    if (Files.exists(path)) {
      return path.toString();
    }
    String module = jar.substring(0, jar.indexOf('/'));
    if (module.equals("cost-model-notebook")) {   // the notebook jar holds api and core, and no classes of its own
      return Stream.of("cost-model-api", "cost-model-core").map(m -> ROOT.resolve(m + "/target/classes").toString())
          .collect(Collectors.joining(File.pathSeparator));
    }
    return ROOT.resolve(module + "/target/classes").toString();
  }

  // ----------------------------------------------------------------------------------------- the README

  /** The fenced blocks of README.md, in order. */
  static List<Block> blocks() {
    try {
      return blocks(Files.readAllLines(ROOT.resolve("README.md")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Block> blocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    String section = "";
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (line.startsWith("## ")) {
        section = line.strip();
      }
      if (!line.startsWith("```")) {
        continue;
      }
      Matcher marker = java.util.regex.Pattern.compile("<!-- (\\S+) -->").matcher(i > 0 ? readme.get(i - 1) : "");
      String name = marker.matches() ? marker.group(1) : section;
      int open = i;
      List<String> body = new ArrayList<>();
      for (i++; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
        body.add(readme.get(i));
      }
      assertThat(i).as("README.md line " + (open + 1) + ": the fenced block is closed").isLessThan(readme.size());
      blocks.add(new Block(name, open + 1, line.substring(3).strip(), body));
    }
    return blocks;
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

  /** The lines between {@code // begin} and {@code // end}, less the method body's four-space indent. */
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

  private static List<String> marked(String file, String name) throws IOException {
    List<String> body = between(Files.readAllLines(ROOT.resolve(file)), "// " + name + ":begin", "// " + name + ":end");
    assertThat(body).as(file + " has // " + name + ":begin and :end").isNotEmpty();
    return body;
  }

  // ----------------------------------------------------------------------------------------------- the poms

  private static List<String> words(String line) {
    return List.of(line.strip().split("\\s+"));
  }

  private static String option(List<String> words, String name) {
    int at = words.indexOf(name);
    assertThat(at).as(name + " in " + words).isPositive();
    return words.get(at + 1);
  }

  private static String pom(String module) {
    try {
      return Files.readString(ROOT.resolve(module.isEmpty() ? "pom.xml" : module + "/pom.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code <tag>} of the text after the {@code <parent>} element, if any. */
  private static String tag(String xml, String tag) {
    int parent = xml.indexOf("</parent>");
    Matcher matcher = java.util.regex.Pattern.compile("<" + java.util.regex.Pattern.quote(tag) + ">([^<]*)</")
        .matcher(xml);
    assertThat(matcher.find(Math.max(parent, 0))).as("<" + tag + "> in " + xml).isTrue();
    return matcher.group(1).strip();
  }

  private static String version() {
    return tag(pom(""), "version");
  }

  private static List<String> modules() {
    Matcher matcher = java.util.regex.Pattern.compile("<module>([^<]*)</module>").matcher(pom(""));
    List<String> modules = new ArrayList<>();
    while (matcher.find()) {
      modules.add(matcher.group(1));
    }
    return modules;
  }

  private static String artifactId(String module) {
    return tag(pom(module), "artifactId");
  }

  /** Every jar the build makes, as a path from the root: {@code m/target/artifactId-version.jar}, shaded ones. */
  private static List<String> jars() {
    List<String> jars = new ArrayList<>();
    for (String module : modules()) {
      jars.add(module + "/target/" + artifactId(module) + "-" + version() + ".jar");
      Matcher finalName = java.util.regex.Pattern.compile("<finalName>([^<]*)</finalName>").matcher(pom(module));
      while (finalName.find()) {
        jars.add(module + "/target/" + finalName.group(1) + ".jar");
      }
    }
    return jars;
  }
}
