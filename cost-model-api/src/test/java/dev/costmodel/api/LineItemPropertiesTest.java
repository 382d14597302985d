package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * A line's formula, written when first asked for, is the text the eager formula writer wrote, and its amounts
 * are the ones it computed: the reference below is that writer (a new {@code DecimalFormat} per number, hours
 * divided when the term is made), kept in the test. Random quantities, terms, flat and tiered prices, and
 * random retraining steps through the public builders. Edge cases reached: zero quantity, quantities exactly
 * on and across tier bounds, one model and one run (singular terms), steps of one second and of days.
 */
class LineItemPropertiesTest {
  private static final int EXAMPLES = 1_000;
  private static final Price STORAGE = Fixtures.PRICES.find(PriceKey.of("S3", "Storage", "Standard")).orElseThrow();
  private static final Price TRAINING =
      Fixtures.PRICES.find(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge")).orElseThrow();

  // ------------------------------------------------------------------------------------- the eager reference

  private static String grouped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int decimals = Math.max(stripped.scale(), 0);
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(stripped);
  }

  private static String number(BigDecimal value) {
    return grouped(value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP));
  }

  private static String money(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return "USD " + format.format(amount);
  }

  private static String rate(PriceTier tier) {
    return "USD " + grouped(tier.rate().price().amount()) + "/" + tier.rate().unit().label();
  }

  /** The formula as PricingContext.lineItem wrote it before it was lazy. */
  private static String referenceFormula(List<String> terms, Price price, BigDecimal quantity, BigDecimal cost) {
    StringJoiner product = new StringJoiner(" × ");
    terms.forEach(product::add);
    String total = number(quantity) + " " + price.unit().quantityLabel(quantity);
    StringBuilder text = new StringBuilder();
    if (product.length() > 0 && !product.toString().equals(total)) {
      text.append(product).append(" = ");
    }
    text.append(total);
    if (!price.isTiered()) {
      text.append(" × ").append(rate(price.tiers().get(0)));
    } else {
      String separator = ", tiered: ";
      for (PriceTier tier : price.tiers()) {
        BigDecimal portion = tier.portionOf(quantity);
        if (portion.signum() == 0) {
          break;
        }
        text.append(separator).append(number(portion)).append(" × ").append(rate(tier));
        separator = " + ";
      }
    }
    return text.append(" = ").append(money(cost)).toString();
  }

  /** The cost as Price.costOf computed it: zero, plus each tier's rate times its portion. */
  private static BigDecimal referenceCost(Price price, BigDecimal quantity) {
    BigDecimal total = BigDecimal.ZERO;
    for (PriceTier tier : price.tiers()) {
      BigDecimal portion = quantity.compareTo(tier.start()) <= 0 ? BigDecimal.ZERO
          : (tier.end().isEmpty() || quantity.compareTo(tier.end().get()) < 0 ? quantity : tier.end().get())
              .subtract(tier.start());
      if (portion.signum() == 0) {
        break;
      }
      total = total.add(tier.rate().price().amount().multiply(portion));
    }
    return total;
  }

  // ------------------------------------------------------------------------------------------ the properties

  @Test
  void lineItem_anyQuantityAndTerms_writesTheEagerFormulaAndCost() {
    PricingContext context = new PricingContext(Fixtures.PRICES, Fixtures.WORKLOAD, ModelTopology.perGroup(200),
        List.of(Fixtures.STORAGE));
    qt().withExamples(EXAMPLES).forAll(longs().between(0, 2_000_000_000L), integers().between(-2, 6),
        integers().between(0, 3), longs().between(0, 1_000_000)).checkAssert((unscaled, scale, termCount, term) -> {
          BigDecimal quantity = BigDecimal.valueOf(unscaled, scale);
          for (Price price : List.of(STORAGE, TRAINING)) {
            List<PricingContext.Term> terms = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < termCount; i++) {
              BigDecimal value = BigDecimal.valueOf(term + i, i);
              terms.add(PricingContext.term(value, "thing", "things"));
              texts.add(number(value) + " " + (value.compareTo(BigDecimal.ONE) == 0 ? "thing" : "things"));
            }
            LineItem line = context.lineItem("Test", CostCategory.OTHER, "test line", price.key(), "resource",
                quantity, terms);
            BigDecimal cost = referenceCost(price, quantity);
            assertThat(line.cost().amount()).isEqualTo(cost);
            assertThat(line.quantity()).isEqualTo(quantity);
            assertThat(line.formula()).isEqualTo(referenceFormula(texts, price, quantity, cost));
            if (price.isTiered() && quantity.signum() > 0) {
              assertThat(line.unitPrice().price()).isEqualTo(Money.usd(cost.divide(quantity, Maths.CONTEXT)));
            }
          }
        });
  }

  @Test
  void retrainLine_anyStep_isTheEagerQuantityCostAndFormula() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 100_000), integers().between(0, 5_000),
        integers().between(1, 3 * 86_400), integers().between(1, 4)).checkAssert((groups, centiRuns, seconds,
            count) -> {
          BigDecimal runs = BigDecimal.valueOf(centiRuns, 2);
          Duration duration = Duration.ofSeconds(seconds);
          CostScenario scenario = CostScenario.builder().name("random").prices(Fixtures.PRICES)
              .workload(Fixtures.WORKLOAD.withUsers(100_000)).topology(ModelTopology.perGroup(groups))
              .addComponent(RetrainPipeline.builder()
                  .addStep(JobStep.training("train", "ml.m5.xlarge", duration).withInstanceCount(count))
                  .runsPerMonth(runs).build())
              .build();
          LineItem line = scenario.estimate().lineItems().get(0);
          BigDecimal exactSeconds = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(0, 9));
          BigDecimal quantity = BigDecimal.valueOf(groups).multiply(runs).multiply(exactSeconds)
              .multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(3600), Maths.CONTEXT);
          BigDecimal cost = referenceCost(TRAINING, quantity);
          List<String> terms = new ArrayList<>();
          terms.add(grouped(BigDecimal.valueOf(groups)) + (groups == 1 ? " model" : " models"));
          terms.add(number(runs) + (runs.compareTo(BigDecimal.ONE) == 0 ? " run" : " runs"));
          if (count > 1) {
            terms.add(count + " instances");
          }
          terms.add(number(exactSeconds.divide(BigDecimal.valueOf(3600), Maths.CONTEXT)) + " h");
          assertThat(line.quantity()).isEqualTo(quantity);
          assertThat(line.cost().amount()).isEqualTo(cost);
          assertThat(line.formula()).isEqualTo(referenceFormula(terms, TRAINING, quantity, cost));
          assertThat(line.toString()).isEqualTo("train (Training, ml.m5.xlarge): " + line.formula());
        });
  }

  @Test
  void formula_builtFromText_isThatText() {
    LineItem line = Fixtures.scenario(ModelTopology.perGroup(200)).addComponent(Fixtures.RETRAIN).build().estimate()
        .lineItems().get(0);
    LineItem copy = LineItem.builder().from(line).formula("by hand").build();
    assertThat(copy.formula()).isEqualTo("by hand");
    assertThat(LineItem.builder().from(line).build()).isEqualTo(line).hasSameHashCodeAs(line);
    assertThat(copy).isNotEqualTo(line);
  }
}
