package dev.costmodel.examples;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.report.MarkdownReport;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reproduces the seed cost report (us-east-1, 100,000 users) from costmodel: the inputs of section 7-1, both
 * tables of section 7-3, the completion time of section 9 and the weekly table of section 10, as Markdown.
 *
 * <p>Run it with {@code mvn -q -pl cost-model-examples -am install -DskipTests && mvn -q -pl
 * cost-model-examples exec:java}, or see the README.
 */
public final class SeedReport {
  /** What the seed's real-time design gets wrong about Model Monitor, and how this report prices it. */
  static final String MONITOR_NOTE = "Note: the seed monitors every real-time pattern with SageMaker Model"
      + " Monitor, but AWS offers Model Monitor only on endpoints that host a single model. Patterns A and B serve"
      + " 100,000 and 200 models from one multi-model endpoint, so their design needs a custom monitor (a"
      + " scheduled Processing job of your own); this report prices them with one, which the seed's formula"
      + " prices the same (30 jobs × 5 min on ml.m5.xlarge + 1% of the data). Only pattern C can use Model"
      + " Monitor, and AWS documents that Model Monitor is no longer open to new customers.\n";

  private SeedReport() {}

  /** Prints the report to standard output, in UTF-8. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render());
    out.flush();
  }

  /** The whole report as Markdown. */
  public static String render() {
    StringBuilder md = new StringBuilder("# Seed report, reproduced by costmodel (us-east-1, month = 730 h)\n\n");
    md.append(inputs()).append('\n');
    md.append("## 7-3 (A) Serverless inference, custom drift monitor\n\n");
    md.append(MarkdownReport.comparison(estimates(true))).append('\n');
    md.append("## 7-3 (B) Real-time inference (2 × ml.c5.xlarge), Model Monitor where AWS offers it\n\n");
    md.append(MarkdownReport.comparison(estimates(false))).append('\n');
    md.append(MONITOR_NOTE).append('\n');
    md.append(completionTime()).append('\n');
    md.append(weekly());
    return md.toString();
  }

  static List<MonthlyEstimate> estimates(boolean serverless) {
    List<MonthlyEstimate> estimates = new ArrayList<>();
    for (Pattern pattern : Pattern.values()) {
      CostScenario scenario = serverless ? SeedScenarios.serverless(pattern) : SeedScenarios.realtime(pattern);
      estimates.add(scenario.estimate());
    }
    return estimates;
  }

  private static String inputs() {
    BigDecimal gib = SeedScenarios.WORKLOAD.inferenceGibibytesPerMonth();
    BigDecimal monitorHours = SeedScenarios.CUSTOM_MONITOR.jobsPerMonth()
        .multiply(hours(SeedScenarios.CUSTOM_MONITOR.jobDuration()));
    return "## 7-1 Inputs\n\n"
        + "- inference requests per month: " + fixed(SeedScenarios.WORKLOAD.requestsPerMonth(), 0) + "\n"
        + "- data in and out per month (22 KiB a request): " + fixed(gib, 2) + " GiB\n"
        + "- drift monitor job time: " + fixed(monitorHours, 1) + " h/month\n"
        + "- monitor sampled data: "
        + fixed(gib.multiply(SeedScenarios.CUSTOM_MONITOR.samplingRate()), 3) + " GiB/month\n";
  }

  private static String completionTime() {
    RetrainPipeline retrain = SeedScenarios.RETRAIN;
    Duration time = retrain.completionTime(200, 10);
    BigDecimal hours = hours(time);
    return "## 9 Completion time\n\n"
        + "- pattern B, 200 models, 10 in parallel, " + retrain.runDuration().toMinutes() + " min a run: "
        + "ceil(200 / 10) × " + retrain.runDuration().toMinutes() + " min = " + time.toMinutes() + " min ≈ "
        + fixed(hours, 1) + " h (cost does not depend on parallelism)\n";
  }

  private static String weekly() {
    StringBuilder md = new StringBuilder("## 10 Sensitivity: weekly retraining (52/12 × 1.2 = ")
        .append(fixed(SeedScenarios.WEEKLY_RUNS, 1)).append(" runs a month)\n\n")
        .append("| pattern | monthly retrain (USD) | weekly retrain (USD) |\n|---|---:|---:|\n");
    RetrainPipeline weekly = SeedScenarios.RETRAIN.withRunsPerMonth(SeedScenarios.WEEKLY_RUNS);
    for (Pattern pattern : Pattern.values()) {
      CostScenario monthlyScenario = SeedScenarios.serverless(pattern);
      CostScenario weeklyScenario = monthlyScenario.withComponents(
          List.of(weekly, SeedScenarios.STORAGE, SeedScenarios.SERVERLESS, SeedScenarios.CUSTOM_MONITOR));
      md.append("| ").append(pattern.label()).append(" | ")
          .append(fixed(monthlyScenario.estimate().subtotal(CostCategory.RETRAIN).amount(), 2))
          .append(" | **")
          .append(fixed(weeklyScenario.estimate().subtotal(CostCategory.RETRAIN).amount(), 2))
          .append("** |\n");
    }
    return md.toString();
  }

  /** Exact hours of a duration (seconds ÷ 3600), never truncated. */
  static BigDecimal hours(Duration duration) {
    return new BigDecimal(duration.toSeconds()).divide(BigDecimal.valueOf(3600), java.math.MathContext.DECIMAL128);
  }

  /** {@code value} grouped with {@code decimals} decimals, HALF_UP: {@code 109,633.33}. */
  static String fixed(BigDecimal value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
