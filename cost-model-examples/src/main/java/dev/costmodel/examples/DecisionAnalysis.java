package dev.costmodel.examples;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Capacity;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.CompletionTime;
import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.ScenarioInput;
import dev.costmodel.core.analysis.Sensitivity;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.core.analysis.TriangularRange;
import dev.costmodel.core.analysis.UncertaintyResult;
import dev.costmodel.core.chart.SvgCharts;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

/**
 * Every analysis on the seed report's scenarios: comparison, sweep, sensitivity, break-even, capacity,
 * completion time, uncertainty, and other currencies. Prints Markdown and writes SVG charts.
 *
 * <p>Run: {@code mvn -B -q -pl cost-model-examples -am compile exec:java
 * -Dexec.mainClass=dev.costmodel.examples.DecisionAnalysis -Dexec.args=target/charts}
 */
public final class DecisionAnalysis {
  private DecisionAnalysis() {}

  /** Prints the analyses and writes the charts to {@code args[0]} ({@code target/charts} by default). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path charts = Path.of(args.length > 0 ? args[0] : "target/charts");
    out.print(render(charts));
    out.println("Charts written to " + charts.toAbsolutePath());
  }

  /** The whole analysis as Markdown; the charts go to {@code charts}. */
  public static String render(Path charts) {
    StringBuilder md = new StringBuilder("# Decision analysis of the seed scenarios\n\n");

    Comparison serverless = comparison();
    md.append("## Comparison (seed 7-3, serverless)\n\n").append(serverless.toMarkdown()).append('\n')
        .append("CSV:\n\n```\n").append(serverless.toCsv()).append("```\n\n");
    write(charts, "comparison.svg", SvgCharts.stackedBars(serverless));

    Sweep frequency = retrainFrequency();
    md.append("## Sweep: retraining frequency, pattern B\n\n").append(frequency.toMarkdown()).append('\n');
    write(charts, "retrain-frequency.svg", SvgCharts.lines(frequency));

    md.append("## Sensitivity: pattern B, serverless\n\n").append(sensitivity().toMarkdown()).append('\n');

    BreakEven even = breakEven();
    md.append("## Break-even: serverless vs 2 × ml.c5.xlarge (pattern C)\n\n").append(even.explanation())
        .append(".\n\n");
    write(charts, "break-even.svg", SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("150000000")));
    BigDecimal saturation = Capacity.saturationRequestsPerMonth(SeedScenarios.REALTIME, new BigDecimal("50"));
    md.append("If one ml.c5.xlarge serves 50 requests a second (measure yours), the endpoint saturates at ")
        .append(String.format(java.util.Locale.ROOT, "%,d", saturation.longValueExact()))
        .append(" requests a month, far above the break-even.\n\n");

    md.append(completion()).append('\n');

    UncertaintyResult uncertainty = uncertainty(1_000_000);
    md.append("## Uncertainty: pattern B, serverless, 1,000,000 samples\n\n").append(uncertainty.toMarkdown())
        .append('\n').append("(").append(uncertainty.summary()).append(")\n\n");
    write(charts, "uncertainty.svg", SvgCharts.histogram(uncertainty, 40));

    md.append("## Other currencies (rates are examples; use your own)\n\n");
    MonthlyEstimate b = SeedScenarios.serverless(Pattern.B).estimate();
    md.append(Comparison.of(List.of(b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"))))
        .toMarkdown()).append('\n');
    md.append(Comparison.of(List.of(b.convertedTo(Currency.getInstance("EUR"), new BigDecimal("0.92"))))
        .toMarkdown());
    return md.toString();
  }

  /** The README's tour of the analyses, on patterns B and C; returns what it computed, in order. */
  public static List<Object> tour() {
    // analysis:begin
    CostScenario b = SeedScenarios.serverless(Pattern.B);
    CostScenario c = SeedScenarios.serverless(Pattern.C);

    Comparison table = Comparison.ofScenarios(List.of(b, c));   // toMarkdown(), toCsv(), toJson()

    Sweep frequency = Sweep.of(b, ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), new BigDecimal("5.2")), List.of("monthly", "weekly"));

    Sensitivity tornado = Sensitivity.of(b, List.of(
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), new BigDecimal("1"), new BigDecimal("2")),
        Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"), new BigDecimal("60"))));

    BreakEven even = BreakEven.between(c, SeedScenarios.realtime(Pattern.C), ScenarioInput.requestsPerMonth());
    // even.value(): 74,460,000 requests a month; even.explanation() says which is cheaper on each side

    int pipelines = CompletionTime.leastParallelism(SeedScenarios.RETRAIN, 200, Duration.ofHours(8), 50);   // 25

    UncertaintyResult spread = MonteCarlo.builder().scenario(b).   // a trailing dot, so JShell reads on
        vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60)).
        vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0)).
        samples(100_000).seed(42).
        build().run();   // spread.p10(), p50(), p90(), percentile(CostCategory.RETRAIN, 90), toMarkdown()

    MonthlyEstimate yen = b.estimate().convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));

    String chart = SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("150000000"));   // or stackedBars,
    // lines (a Sweep) and histogram (a Monte Carlo)
    // analysis:end
    return List.of(table, frequency, tornado, even, pipelines, spread, yen, chart);
  }

  /** Seed section 7-3 (A). */
  public static Comparison comparison() {
    return Comparison.ofScenarios(List.of(SeedScenarios.serverless(Pattern.A), SeedScenarios.serverless(Pattern.B),
        SeedScenarios.serverless(Pattern.C)));
  }

  /** Pattern B retrained monthly, weekly (52/12 a month) and daily (365/12), each with the seed's 20% uplift. */
  public static Sweep retrainFrequency() {
    BigDecimal uplift = new BigDecimal("1.2");
    return Sweep.of(SeedScenarios.serverless(Pattern.B), ScenarioInput.retrainRunsPerMonth(),
        List.of(uplift, SeedScenarios.WEEKLY_RUNS,
            BigDecimal.valueOf(365).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128).multiply(uplift)),
        List.of("monthly", "weekly", "daily"));
  }

  /** The bench reference ranges, one at a time. */
  public static Sensitivity sensitivity() {
    return Sensitivity.of(SeedScenarios.serverless(Pattern.B), List.of(
        Sensitivity.Range.of(ScenarioInput.stepDurationMinutes("preprocess"), bd(10), bd(25)),
        Sensitivity.Range.of(ScenarioInput.stepDurationMinutes("train"), bd(20), bd(60)),
        Sensitivity.Range.of(ScenarioInput.stepDurationMinutes("evaluate"), bd(5), bd(15)),
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), bd(1), bd(2)),
        Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), bd(30), bd(60)),
        Sensitivity.Range.of(ScenarioInput.serverlessMeanDurationMillis(), bd(50), bd(200))));
  }

  /** Pattern C, serverless vs real-time, both with the custom monitor, in requests per month. */
  public static BreakEven breakEven() {
    CostScenario serverless = SeedScenarios.serverless(Pattern.C);
    CostScenario realtime = SeedScenarios.realtime(Pattern.C).withComponents(List.of(SeedScenarios.RETRAIN,
        SeedScenarios.STORAGE, SeedScenarios.REALTIME, SeedScenarios.CUSTOM_MONITOR));
    return BreakEven.between(serverless, realtime, ScenarioInput.requestsPerMonth());
  }

  /** The bench reference scenario's Monte Carlo, run. */
  public static UncertaintyResult uncertainty(int samples) {
    return referenceMonteCarlo(samples).run();
  }

  /**
   * The reference scenario of {@code cost-model-benchmarks/REFERENCE-SCENARIO.md}: pattern B, serverless, with triangular ranges on
   * the three step durations, runs per month, requests per user and the mean serverless duration; seed 42.
   */
  public static MonteCarlo referenceMonteCarlo(int samples) {
    return MonteCarlo.builder()
        .scenario(SeedScenarios.serverless(Pattern.B))
        .vary(ScenarioInput.stepDurationMinutes("preprocess"), TriangularRange.of(10, 15, 25))
        .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60))
        .vary(ScenarioInput.stepDurationMinutes("evaluate"), TriangularRange.of(5, 10, 15))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(30, 40, 60))
        .vary(ScenarioInput.serverlessMeanDurationMillis(), TriangularRange.of(50, 100, 200))
        .samples(samples).seed(42)
        .build();
  }

  private static String completion() {
    RetrainPipeline retrain = SeedScenarios.RETRAIN;
    StringBuilder md = new StringBuilder("## Completion time (seed section 9)\n\n");
    md.append("- 200 models, 10 at a time: ").append(CompletionTime.of(retrain, 200, 10)).append('\n');
    md.append("- least parallelism to finish 200 models in 8 h: ")
        .append(CompletionTime.leastParallelism(retrain, 200, Duration.ofHours(8), 50)).append('\n');
    try {
      CompletionTime.leastParallelism(retrain, 200, Duration.ofHours(8), 10);
    } catch (IllegalArgumentException e) {
      md.append("- with a quota of 10 concurrent jobs: ").append(e.getMessage()).append('\n');
    }
    return md.toString();
  }

  private static BigDecimal bd(int value) {
    return BigDecimal.valueOf(value);
  }

  private static void write(Path directory, String name, String svg) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name), svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + directory.resolve(name), e);
    }
  }
}
