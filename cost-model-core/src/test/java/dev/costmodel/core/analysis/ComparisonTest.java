package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Comparison SERVERLESS = Comparison.ofScenarios(List.of(
      SeedFixtures.serverless("A (100k)"), SeedFixtures.serverless("B (G=200)"), SeedFixtures.serverless("C (1)")));

  @Test
  void seedSection7_3_serverlessTable() {
    // seed report section 7-3 (A), typed in by hand
    assertThat(SERVERLESS.toMarkdown()).isEqualTo(
        "| scenario | retrain | storage | inference | monitoring | total (USD/month) |\n"
            + "|---|---:|---:|---:|---:|---:|\n"
            + "| A (100k) / serverless | 25,300.00 | 269.53 | 17.34 | 0.59 | **25,587.46** |\n"
            + "| B (G=200) / serverless | 50.60 | 0.54 | 17.34 | 0.59 | **69.07** |\n"
            + "| C (1) / serverless | 0.25 | 0.00 | 17.34 | 0.59 | **18.19** |\n");
  }

  @Test
  void seedSection7_3_realtimeTable() {
    Comparison realtime = Comparison.ofScenarios(List.of(SeedFixtures.realtime("A (100k)"),
        SeedFixtures.realtime("B (G=200)"), SeedFixtures.realtime("C (1)")));
    assertThat(realtime.toMarkdown()).contains(
        "| A (100k) / real-time | 25,300.00 | 269.53 | 299.18 | 0.59 | **25,869.30** |\n"
            + "| B (G=200) / real-time | 50.60 | 0.54 | 299.18 | 0.59 | **350.91** |\n"
            + "| C (1) / real-time | 0.25 | 0.00 | 299.18 | 0.59 | **300.03** |\n");
  }

  @Test
  void csv_hasPlainAmounts() {
    assertThat(SERVERLESS.toCsv()).isEqualTo("scenario,retrain,storage,inference,monitoring,total,currency\n"
        + "A (100k) / serverless,25300.00,269.53,17.34,0.59,25587.46,USD\n"
        + "B (G=200) / serverless,50.60,0.54,17.34,0.59,69.07,USD\n"
        + "C (1) / serverless,0.25,0.00,17.34,0.59,18.19,USD\n");
  }

  @Test
  void json_keepsTheExactTotal() {
    assertThat(SERVERLESS.toJson()).startsWith("{\"currency\":\"USD\",\"categories\":[\"retrain\",\"storage\","
        + "\"inference\",\"monitoring\"],\"rows\":[{\"scenario\":\"A (100k) / serverless\",\"subtotals\":"
        + "{\"retrain\":\"25300.00\",\"storage\":\"269.53\",\"inference\":\"17.34\",\"monitoring\":\"0.59\"},"
        + "\"total\":\"25587.46\",\"exactTotal\":\"25587.46");
    assertThat(SERVERLESS.toJson()).contains("\"total\":\"18.19\",\"exactTotal\":\"18.18689");
  }

  @Test
  void empty_isRejected() {
    assertThatThrownBy(() -> Comparison.of(List.of()))
        .hasMessage("Comparison.estimates must hold at least one estimate, but was empty");
  }

  @Test
  void mixedCurrencies_areRejected() {
    MonthlyEstimate usd = SeedFixtures.serverless("B").estimate();
    MonthlyEstimate yen = usd.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    assertThatThrownBy(() -> Comparison.of(List.of(usd, yen)))
        .hasMessage("Comparison.estimates must share one currency, but 'B / serverless' is in JPY and others in"
            + " USD: convert with MonthlyEstimate.convertedTo first");
  }

  @Test
  void inAnotherCurrency_atAUserRate() {
    MonthlyEstimate yen = SeedFixtures.serverless("B").estimate()
        .convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    assertThat(Comparison.of(List.of(yen)).toMarkdown()).contains("total (JPY/month)").contains("**10,361** |");
  }

  @Test
  void toString_isTheMarkdownTable() {
    assertThat(SERVERLESS.toString()).isEqualTo(SERVERLESS.toMarkdown());
  }
}
