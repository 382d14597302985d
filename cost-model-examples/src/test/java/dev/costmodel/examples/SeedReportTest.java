package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The printed seed report carries every number of the seed's sections 7-1, 7-3, 9 and 10, typed in by hand. */
class SeedReportTest {
  private final String report = SeedReport.render();

  @Test
  void section7_1_inputs() {
    assertThat(report).contains("inference requests per month: 4,000,000")
        .contains("data in and out per month (22 KiB a request): 83.92 GiB")
        .contains("drift monitor job time: 2.5 h/month")
        .contains("monitor sampled data: 0.839 GiB/month");
  }

  @Test
  void section7_3_serverlessTable() {
    assertThat(report)
        .contains("| A (100k) / serverless | 25,300.00 | 269.53 | 17.34 | 0.59 | **25,587.46** |")
        .contains("| B (G=200) / serverless | 50.60 | 0.54 | 17.34 | 0.59 | **69.07** |")
        .contains("| C (1) / serverless | 0.25 | 0.00 | 17.34 | 0.59 | **18.19** |");
  }

  @Test
  void section7_3_realtimeTable() {
    assertThat(report)
        .contains("| A (100k) / real-time | 25,300.00 | 269.53 | 299.18 | 0.59 | **25,869.30** |")
        .contains("| B (G=200) / real-time | 50.60 | 0.54 | 299.18 | 0.59 | **350.91** |")
        .contains("| C (1) / real-time | 0.25 | 0.00 | 299.18 | 0.59 | **300.03** |");
  }

  @Test
  void section7_3_realtime_saysPlainlyThatPatternsAAndBNeedACustomMonitor() {
    assertThat(report).contains("AWS offers Model Monitor only on endpoints that host a single model")
        .contains("Patterns A and B serve 100,000 and 200 models from one multi-model endpoint, so their design"
            + " needs a custom monitor");
    assertThat(SeedScenarios.realtime(SeedScenarios.Pattern.B).components())
        .contains(SeedScenarios.CUSTOM_MONITOR).doesNotContain(SeedScenarios.MODEL_MONITOR);
    assertThat(SeedScenarios.realtime(SeedScenarios.Pattern.C).components()).contains(SeedScenarios.MODEL_MONITOR);
  }

  @Test
  void section9_completionTime() {
    assertThat(report).contains("ceil(200 / 10) × 55 min = 1100 min ≈ 18.3 h");
  }

  @Test
  void section10_weeklyTable() {
    assertThat(report).contains("52/12 × 1.2 = 5.2 runs a month")
        .contains("| A (100k) | 25,300.00 | **109,633.33** |")
        .contains("| B (G=200) | 50.60 | **219.27** |")
        .contains("| C (1) | 0.25 | **1.10** |");
  }
}
