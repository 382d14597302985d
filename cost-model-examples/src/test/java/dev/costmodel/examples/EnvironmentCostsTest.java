package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.EnvironmentsEstimate;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
import org.junit.jupiter.api.Test;

/**
 * The cloud deployment chapter's environments (section "環境別デプロイメント戦略" and exercise 2), by hand from
 * the list prices of the bundled us-east-1 catalog: ml.t3.medium hosting 0.05/h (inferred), ml.m5.xlarge
 * hosting 0.23/h, data processed 0.016/GiB, data transfer out 0.09/GiB (first tier).
 */
class EnvironmentCostsTest {
  @Test
  void tfvars_devAndProd() {
    EnvironmentsEstimate estimate = EnvironmentCosts.tfvars().estimate();
    // dev: 1 × 730 h × 0.05 = 36.50; in 10,000 × 20 KiB = 0.19073486328125 GiB × 0.016 = 0.0030517578125;
    //      out 10,000 × 2 KiB = 0.019073486328125 GiB × 0.016 = 0.00030517578125; = 36.50335693359375
    assertThat(estimate.estimate("dev").lineItems().get(0).cost()).isEqualTo(Money.usd("36.50"));
    assertThat(estimate.estimate("dev").total()).isEqualTo(Money.usd("36.50335693359375"));
    // prod: 2 × 730 h × 0.23 = 335.80; in 76.2939453125 GiB × 0.016 = 1.220703125;
    //       out 7.62939453125 GiB × 0.016 = 0.1220703125; = 337.1427734375
    assertThat(estimate.estimate("prod").lineItems().get(0).cost()).isEqualTo(Money.usd("335.80"));
    assertThat(estimate.estimate("prod").total()).isEqualTo(Money.usd("337.1427734375"));
    // 36.50335693359375 + 337.1427734375 = 373.64613037109375
    assertThat(estimate.total()).isEqualTo(Money.usd("373.64613037109375"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("373.65"));
    // the ml.t3.medium hosting price is inferred, and dev has one instance: both are findings
    assertThat(estimate.estimate("dev").findings()).extracting(f -> f.code()).containsExactlyInAnyOrder(
        "single-instance-endpoint", FindingCode.INFERRED_PRICES.id());
    assertThat(estimate.estimate("prod").findings()).isEmpty();
  }

  @Test
  void table_devStagingProd_withTransferOut() {
    EnvironmentsEstimate estimate = EnvironmentCosts.table().estimate();
    // dev: 36.50335693359375 (as above) + out to the internet 0.019073486328125 GiB × 0.09
    //      = 0.00171661376953125; = 36.50507354736328125
    assertThat(estimate.estimate("dev").total()).isEqualTo(Money.usd("36.50507354736328125"));
    // staging: 2 × 730 × 0.23 = 335.80; 100,000 requests: in 1.9073486328125 GiB × 0.016 = 0.030517578125,
    //          out 0.19073486328125 GiB × 0.016 = 0.0030517578125, to the internet × 0.09 = 0.0171661376953125;
    //          = 335.8507354736328125
    assertThat(estimate.estimate("staging").total()).isEqualTo(Money.usd("335.8507354736328125"));
    // prod: 3 × 730 × 0.23 = 503.70 + 1.220703125 + 0.1220703125 + 7.62939453125 × 0.09 (= 0.6866455078125)
    //       = 505.7294189453125
    assertThat(estimate.estimate("prod").total()).isEqualTo(Money.usd("505.7294189453125"));
    // total 878.08522796630859375
    assertThat(estimate.total()).isEqualTo(Money.usd("878.08522796630859375"));
    assertThat(estimate.subtotal(CostCategory.DATA_TRANSFER)).isEqualTo(Money.usd("0.7055282592773437500"));
    assertThat(estimate).hasToString("""
        | environment | inference | data transfer | total (USD/month) |
        |---|---:|---:|---:|
        | dev | 36.50 | 0.00 | 36.51 |
        | staging | 335.83 | 0.02 | 335.85 |
        | prod | 505.04 | 0.69 | 505.73 |
        | **total** | 877.38 | 0.71 | **878.09** |""");
  }

  @Test
  void everyEnvironment_isItsScenarioBuiltDirectly() {
    var environments = EnvironmentCosts.table();
    for (String name : environments.names()) {
      assertThat(environments.estimate().estimate(name)).isEqualTo(environments.scenario(name).estimate());
    }
  }
}
