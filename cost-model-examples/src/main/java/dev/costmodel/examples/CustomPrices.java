package dev.costmodel.examples;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.SavingsPlan;
import dev.costmodel.api.price.UnitPrice;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.report.MarkdownReport;
import dev.costmodel.examples.SeedScenarios.Pattern;

/**
 * The README's overlay example: the seed's pattern B on real-time inference, priced with a negotiated
 * ml.c5.xlarge rate and a SageMaker Savings Plan.
 *
 * <p>A SageMaker Savings Plan discounts instance usage (Studio notebooks, Processing, Training, real-time
 * inference, Batch Transform), not data processed or storage: {@code SavingsPlan} knows what it covers.
 * 64% is the most a plan saves (AWS: "up to 64%", with a 3-year commitment); use your own plan's rate.
 */
public final class CustomPrices {
  private CustomPrices() {}

  /** Prints the discounted estimate as Markdown: the notes show which lines the plan touched. */
  public static void main(String[] args) {
    System.out.println(MarkdownReport.estimate(estimate()));
  }

  /** The catalog of the example. */
  public static PriceCatalog catalog() {
    // overlay:begin
    PriceCatalog mine = PriceCatalogs.awsUsEast1()
        .withPrice(Price.flat(PriceKey.of("SageMaker", "RealTimeHosting", "ml.c5.xlarge"),
            UnitPrice.perInstanceHour(Money.usd("0.19")),
            PriceSource.of("our enterprise agreement", "2026-11", PriceStatus.OFFICIAL)))
        // 0.64 is "up to 64%", the most a 3-year plan saves; the plan covers instance usage only
        .withSavingsPlan(SavingsPlan.sageMaker(3, 0.64));
    // a training line's note(): "after SageMaker Savings Plan, 3 years, covers SageMaker/Training -64%";
    // data processed and storage have none
    // overlay:end
    return mine;
  }

  /** Pattern B, real-time, with the custom catalog. */
  public static MonthlyEstimate estimate() {
    return SeedScenarios.realtime(Pattern.B).withPrices(catalog()).withName("B / real-time, our prices")
        .estimate();
  }

  /** The retraining lines, which the Savings Plan touched. */
  static java.util.List<LineItem> retrainLines() {
    return estimate().lineItems().stream().filter(i -> i.category() == CostCategory.RETRAIN).toList();
  }
}
