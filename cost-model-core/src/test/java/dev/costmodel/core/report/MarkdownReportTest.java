package dev.costmodel.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.core.PriceCatalogs;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final Workload WORKLOAD = Workload.builder().users(1000).requestsPerUserPerMonth(10)
      .requestPayload(DataSize.ofKibibytes(1)).responsePayload(DataSize.ofKibibytes(1)).build();

  private static MonthlyEstimate estimate(String name, int instances) {
    return CostScenario.builder().name(name).prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(ModelTopology.shared())
        .addComponent(ModelStorage.builder().artifactSize(DataSize.ofGibibytes(1)).versionsRetained(10).build())
        .addComponent(RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(instances).build())
        .build().estimate();
  }

  @Test
  void comparison_rowsAreScenarios_columnsAreCategoriesAndTotal() {
    String md = MarkdownReport.comparison(List.of(estimate("one", 1), estimate("two", 2)));
    assertThat(md).isEqualTo(
        "| scenario | storage | inference | total (USD/month) |\n"
            + "|---|---:|---:|---:|\n"
            + "| one | 0.23 | 148.92 | **149.15** |\n"
            + "| two | 0.23 | 297.84 | **298.07** |\n");
  }

  @Test
  void estimate_listsLinesFindingsAndSources() {
    String md = MarkdownReport.estimate(estimate("one", 1));
    assertThat(md).startsWith("## one\n\n| category | item | formula | cost (USD) |")
        .contains("| inference | real-time endpoint (1 × ml.c5.xlarge) | 1 instance × 730 h = 730 instance-hours ×"
            + " USD 0.204/instance-hour = USD 148.92 | 148.92 |")
        .contains("| **total** | | | **149.15** |")
        .contains("- WARNING `single-instance-endpoint`: ")
        .contains("- SageMaker/RealTimeHosting/ml.c5.xlarge: USD 0.204/instance-hour (seed report section 5-4");
  }

  @Test
  void estimate_showsWhichLinesADiscountTouched() {
    MonthlyEstimate discounted = CostScenario.builder().name("plan")
        .prices(PriceCatalogs.awsUsEast1().withDiscount("SageMaker/RealTimeHosting", 0.64, "Savings Plan"))
        .workload(WORKLOAD).topology(ModelTopology.shared())
        .addComponent(RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(2).build())
        .build().estimate();
    assertThat(MarkdownReport.estimate(discounted))
        .contains("| inference | real-time endpoint (2 × ml.c5.xlarge) (after Savings Plan -64%) |")
        .contains("| inference | data processed in (requests) |");
  }

  @Test
  void comparison_empty_isRejected() {
    assertThatThrownBy(() -> MarkdownReport.comparison(List.of()))
        .hasMessage("Comparison.estimates must hold at least one estimate, but was empty");
  }

  @Test
  void comparison_mixedCurrencies_isRejected() {
    MonthlyEstimate yen = estimate("yen", 2).convertedTo(Currency.getInstance("JPY"), BigDecimal.valueOf(150));
    assertThatThrownBy(() -> MarkdownReport.comparison(List.of(estimate("usd", 2), yen)))
        .hasMessage("Comparison.estimates must share one currency, but 'yen' is in JPY and others in USD:"
            + " convert with MonthlyEstimate.convertedTo first");
  }
}
