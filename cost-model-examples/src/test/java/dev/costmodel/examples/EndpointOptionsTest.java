package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pattern B served every way SageMaker offers, priced by hand from the bundled us-east-1 list prices.
 *
 * <p>Shared by every option but the seed's serverless one: preprocess 200 × 1.2 × 0.25 h × 0.23 = 13.80;
 * training on managed spot 200 × 1.2 × 0.5 h × 1.2 = 144 h × 0.23 × (1 − 0.7) = 9.936; evaluate 200 × 1.2 ×
 * 10 min × 0.23 = 9.20; 240 scheduled invocations, inside the 14 M free a month = 0; storage 200 × 6 × 20 MiB =
 * 23.4375 GiB × 0.023 = 0.5390625. With an endpoint: data processed 4,000,000 × 22 KiB = 83.92333984375 GiB ×
 * 0.016 = 1.342773437500; monitor 30 × 5 min × 0.23 = 0.575 + 1 % × 83.92333984375 GiB × 0.016 =
 * 0.013427734375.
 */
class EndpointOptionsTest {
  private static final BigDecimal SHARED = new BigDecimal("13.80").add(new BigDecimal("9.936"))
      .add(new BigDecimal("9.20")).add(new BigDecimal("0.5390625"));
  private static final BigDecimal ENDPOINT_EXTRAS = new BigDecimal("1.3427734375").add(new BigDecimal("0.575"))
      .add(new BigDecimal("0.013427734375"));

  @Test
  void everyOption_pricedByHand() {
    // autoscaled: 4,000,000 requests a month = 131,506.85 a day; a peak hour gets 10 % = 3.65 rps, ÷ (20 × 0.7)
    // → 1 instance, raised to the minimum of 2 every hour: 48 instance-hours a day × 30.4167 days = 1,460 ×
    // 0.204 = 297.84
    assertThat(total("B / autoscaled real-time")).isEqualByComparingTo(
        SHARED.add(new BigDecimal("297.84")).add(ENDPOINT_EXTRAS));
    // multi-model: 200 warm × 20 MiB = 4,000 MiB ÷ (16 GiB × 0.8) → 1, raised to the minimum of 2: 2 × 730 h ×
    // 0.23 = 335.80
    assertThat(total("B / multi-model")).isEqualByComparingTo(
        SHARED.add(new BigDecimal("335.80")).add(ENDPOINT_EXTRAS));
    // asynchronous: 1 × 200 h × 0.23 = 46.00; S3 4,000,000 × 2 PUT = 8,000 K × 0.005 = 40.00 and × 2 GET =
    // 8,000 K × 0.0004 = 3.20
    assertThat(total("B / asynchronous")).isEqualByComparingTo(
        SHARED.add(new BigDecimal("89.20")).add(ENDPOINT_EXTRAS));
    // nightly batch: 30 runs × 1 instance × 1 h × 0.23 = 6.90; no endpoint, so no data processed and no monitor
    assertThat(total("B / nightly batch")).isEqualByComparingTo(SHARED.add(new BigDecimal("6.90")));
    assertThat(EndpointOptions.estimate("B / nightly batch").total().rounded().amount())
        .isEqualByComparingTo("40.38");
  }

  @Test
  void spotTraining_isCheaperThanTheSeedsOnDemandTraining() {
    // on demand 27.60; on spot 9.936
    assertThat(EndpointOptions.estimate("B / multi-model").lineItems().stream()
        .filter(i -> i.description().startsWith("train (")).findFirst().orElseThrow().cost().amount())
        .isEqualByComparingTo("9.936");
    assertThat(EndpointOptions.spotTraining().managedSpot()).isPresent();
  }

  @Test
  void comparison_listsEveryOptionOnce_withTheSeedsServerlessFirst() {
    List<CostScenario> scenarios = EndpointOptions.scenarios();
    assertThat(scenarios).extracting(CostScenario::name).containsExactly("B (G=200) / serverless",
        "B / autoscaled real-time", "B / multi-model", "B / asynchronous", "B / nightly batch");
    assertThat(EndpointOptions.comparison().toMarkdown()).contains("| B / multi-model |").contains("69.07");
    // the multi-model endpoint sizes itself for the warm models: no multi-model finding of a plain endpoint
    assertThat(EndpointOptions.estimate("B / multi-model").findings()).extracting(Finding::code)
        .doesNotContain("multi-model-endpoint");
    assertThat(EndpointOptions.estimate("B / autoscaled real-time").subtotal(CostCategory.RETRAIN).amount())
        .isEqualByComparingTo("32.936");
  }

  private static BigDecimal total(String name) {
    return EndpointOptions.estimate(name).total().amount();
  }
}
