package dev.costmodel.assertj;

import static dev.costmodel.assertj.CostAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every assertion on an estimate, passing and failing, on the seed's pattern B (section 7-3), messages exact. */
class MonthlyEstimateAssertTest {
  private static final MonthlyEstimate REALTIME = Estimates.REALTIME_B;     // USD 350.910263671875
  private static final MonthlyEstimate SERVERLESS = Estimates.SERVERLESS_B; // USD 69.070263671875

  private static final String LARGEST_LINES = "; largest lines:\n"
      + "1. real-time endpoint (2 × ml.c5.xlarge): 2 instances × 730 h = 1,460 instance-hours"
      + " × USD 0.204/instance-hour = USD 297.84\n"
      + "2. train (Training, ml.m5.xlarge): 200 models × 1.2 runs × 0.5 h = 120 instance-hours"
      + " × USD 0.23/instance-hour = USD 27.60\n"
      + "3. preprocess (Processing, ml.m5.xlarge): 200 models × 1.2 runs × 0.25 h = 60 instance-hours"
      + " × USD 0.23/instance-hour = USD 13.80\n"
      + "4. evaluate (Processing, ml.m5.xlarge): 200 models × 1.2 runs × 0.1667 h = 40 instance-hours"
      + " × USD 0.23/instance-hour = USD 9.20\n"
      + "5. data processed in (requests): 4,000,000 requests × 20 KiB = 76.2939 GiB × USD 0.016/GiB = USD 1.22\n"
      // storage 0.5390625 + monitor jobs 0.575 + data out 0.1220703125 + sampled 0.013427734375
      + "(and 4 more lines, USD 1.25)";

  @Test
  void totalIsAtMost_withinBudget_passes() {
    assertThat(REALTIME).totalIsAtMost(Money.usd(351)).totalIsAtMost(REALTIME.total());
    assertThat(SERVERLESS).totalIsAtMost(Money.usd(500));
  }

  @Test
  void totalIsAtMost_overBudget_failsWithTheLargestLinesFirst() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsAtMost(Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected total of 'B (G=200) / real-time' <= USD 300.00 but was USD 350.91 (over by USD 50.91)"
            + LARGEST_LINES);
  }

  @Test
  void totalIsAtMost_overByLessThanACent_showsEveryDigit() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsAtMost(Money.usd("350.91")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected total of 'B (G=200) / real-time' <= USD 350.91 but was USD 350.910263671875"
            + " (over by USD 0.000263671875)" + LARGEST_LINES);
  }

  @Test
  void totalIsAtMost_otherCurrency_failsSayingToConvert() {
    assertThatThrownBy(() -> assertThat(Estimates.inYen()).totalIsAtMost(Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("cannot compare total of 'B (G=200) / serverless' in JPY with USD 300.00: give the amount in JPY"
            + " or convert the estimate with MonthlyEstimate.convertedTo(currency, rate) first");
    assertThat(Estimates.inYen()).totalIsAtMost(Money.of(new BigDecimal("10361"), "JPY"));
  }

  @Test
  void totalIsAtMost_withDescription_prefixesIt() {
    assertThatThrownBy(() -> assertThat(REALTIME).as("monthly budget").totalIsAtMost(Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[monthly budget] expected total of 'B (G=200) / real-time' <= USD 300.00");
  }

  @Test
  void totalIsAtMost_nullEstimate_failsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((MonthlyEstimate) null).totalIsAtMost(Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void totalIsLessThan_belowBound_passes() {
    assertThat(REALTIME).totalIsLessThan(Money.usd("350.92"));
  }

  @Test
  void totalIsLessThan_equalToBound_fails() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsLessThan(REALTIME.total()))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected total of 'B (G=200) / real-time' < USD 350.910263671875 but was USD 350.910263671875"
            + " (equal to it)" + LARGEST_LINES);
  }

  @Test
  void totalIsBetween_inside_passes_boundsIncluded() {
    assertThat(REALTIME).totalIsBetween(Money.usd(300), Money.usd(400))
        .totalIsBetween(REALTIME.total(), REALTIME.total());
  }

  @Test
  void totalIsBetween_below_failsUnderBy() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsBetween(Money.usd(400), Money.usd(500)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected total of 'B (G=200) / real-time' between USD 400.00 and USD 500.00 but was USD 350.91"
            + " (under by USD 49.09)" + LARGEST_LINES);
  }

  @Test
  void totalIsBetween_above_failsOverBy() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsBetween(Money.usd(100), Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected total of 'B (G=200) / real-time' between USD 100.00 and USD 300.00 but was USD 350.91"
            + " (over by USD 50.91)" + LARGEST_LINES);
  }

  @Test
  void totalIsBetween_lowAboveHigh_isABadArgument() {
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsBetween(Money.usd(500), Money.usd(300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalIsBetween low must be <= high, but low was USD 500.00 and high USD 300.00: swap them");
    assertThatThrownBy(() -> assertThat(REALTIME).totalIsBetween(Money.usd(1), Money.of(BigDecimal.TEN, "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalIsBetween low and high must be in one currency, but low was USD 1.00 and high EUR 10.00");
  }

  @Test
  void total_rounded_isWhatAReportShows() {
    assertThat(REALTIME).total().rounded().isEqualTo(Money.usd("350.91"));
  }

  @Test
  void subtotal_underBound_passes() {
    assertThat(REALTIME).subtotal(CostCategory.RETRAIN).isEqualTo(Money.usd("50.60")).isAtMost(Money.usd(60))
        .isLessThan(Money.usd(51));
    assertThat(REALTIME).subtotal(CostCategory.DATA_TRANSFER).isEqualTo(Money.usd(0));
  }

  @Test
  void subtotal_overBound_failsWithThatCategorysLines() {
    assertThatThrownBy(() -> assertThat(REALTIME).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected inference subtotal of 'B (G=200) / real-time' < USD 100.00 but was USD 299.18"
            + " (over by USD 199.18); largest lines:\n"
            + "1. real-time endpoint (2 × ml.c5.xlarge): 2 instances × 730 h = 1,460 instance-hours"
            + " × USD 0.204/instance-hour = USD 297.84\n"
            + "2. data processed in (requests): 4,000,000 requests × 20 KiB = 76.2939 GiB × USD 0.016/GiB = USD 1.22\n"
            + "3. data processed out (responses): 4,000,000 requests × 2 KiB = 7.6294 GiB × USD 0.016/GiB = USD 0.12");
  }

  @Test
  void subtotal_isEqualTo_comparesExactly_roundedComparesWhatIsShown() {
    assertThatThrownBy(() -> assertThat(REALTIME).subtotal(CostCategory.STORAGE).isEqualTo(Money.usd("0.54")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected storage subtotal of 'B (G=200) / real-time' == USD 0.54 but was USD 0.5390625"
            + " (under by USD 0.0009375); its line:\n"
            + "model artifacts (20 MiB × 6 versions, S3 Standard): 200 models × 6 versions × 20 MiB"
            + " = 23.4375 GiB-months × USD 0.023/GiB-month = USD 0.54");
    assertThat(REALTIME).subtotal(CostCategory.STORAGE).rounded().isEqualTo(Money.usd("0.54"));
  }

  @Test
  void subtotal_noLinesOfTheCategory_failsSayingSo() {
    assertThatThrownBy(() -> assertThat(REALTIME).subtotal(CostCategory.TRIGGER).isEqualTo(Money.usd(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected trigger subtotal of 'B (G=200) / real-time' == USD 1.00 but was USD 0.00"
            + " (under by USD 1.00); it has no lines");
  }

  @Test
  void hasNoFindingsExcept_allowedCode_passes() {
    assertThat(REALTIME).hasNoFindingsExcept(FindingCode.MULTI_MODEL_ENDPOINT)
        .hasNoFindingsExcept("multi-model-endpoint", "single-instance-endpoint");
    assertThat(Estimates.withOwnFinding(SERVERLESS))
        .hasNoFindingsExcept(FindingCode.SERVERLESS_MANY_MODELS.id(), "my-queue-unbounded");
  }

  @Test
  void hasNoFindingsExcept_otherFinding_failsNamingItAndHowToAllowIt() {
    assertThatThrownBy(() -> assertThat(REALTIME).hasNoFindingsExcept(FindingCode.SINGLE_INSTANCE_ENDPOINT))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' to have no findings except single-instance-endpoint but it has:\n"
            + "- WARNING multi-model-endpoint: one real-time endpoint serving 200 models (perGroup(200)) is priced as"
            + " a SageMaker multi-model endpoint: the same instance-hours, but models load on demand, so expect"
            + " loading latency on cache misses (a cold load can take minutes), and note that Model Monitor does not"
            + " support multi-model endpoints; use MultiModelEndpoint to size the instances for the models kept"
            + " warm\n"
            + "change the design, or allow it with hasNoFindingsExcept(FindingCode.MULTI_MODEL_ENDPOINT)");
  }

  @Test
  void hasNoFindings_ownCode_failsNamingCodesAsStrings() {
    assertThatThrownBy(() -> assertThat(Estimates.withOwnFinding(SERVERLESS)).hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / serverless' to have no findings but it has:\n"
            + "- WARNING serverless-many-models: one serverless endpoint cannot serve 200 models: SageMaker"
            + " Serverless Inference does not support multi-model endpoints (at most 50 serverless endpoints per"
            + " region); group models or serve them from a real-time multi-model endpoint\n"
            + "- INFO my-queue-unbounded: the queue has no size limit\n"
            + "change the design, or allow them with hasNoFindingsExcept(\"serverless-many-models\","
            + " \"my-queue-unbounded\")");
  }

  @Test
  void hasFinding_present_passes() {
    assertThat(REALTIME).hasFinding(FindingCode.MULTI_MODEL_ENDPOINT);
    assertThat(Estimates.withOwnFinding(SERVERLESS)).hasFinding("my-queue-unbounded");
  }

  @Test
  void hasFinding_absent_failsListingTheCodes() {
    assertThatThrownBy(() -> assertThat(REALTIME).hasFinding(FindingCode.SINGLE_INSTANCE_ENDPOINT))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' to have the finding single-instance-endpoint but its findings"
            + " are: multi-model-endpoint");
    MonthlyEstimate none = MonthlyEstimate.builder().from(REALTIME).findings(java.util.List.of()).build();
    assertThatThrownBy(() -> assertThat(none).hasFinding("my-queue-unbounded"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' to have the finding my-queue-unbounded but it has no findings");
  }

  @Test
  void isCheaperThan_cheaper_passes() {
    assertThat(SERVERLESS).isCheaperThan(REALTIME);
  }

  @Test
  void isCheaperThan_dearer_failsWithTheCategoriesThatDiffer() {
    assertThatThrownBy(() -> assertThat(REALTIME).isCheaperThan(SERVERLESS))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' (USD 350.91) to be cheaper than 'B (G=200) / serverless'"
            + " (USD 69.07) but it costs USD 281.84 more; by category, largest difference first:\n"
            + "inference USD 299.18 vs USD 17.34 (+USD 281.84)");
  }

  @Test
  void isCheaperThan_sameCost_fails() {
    assertThatThrownBy(() -> assertThat(SERVERLESS).isCheaperThan(SERVERLESS))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / serverless' (USD 69.07) to be cheaper than 'B (G=200) / serverless'"
            + " (USD 69.07) but both cost USD 69.07");
  }

  @Test
  void isCheaperThan_otherCurrency_failsSayingToConvert() {
    assertThatThrownBy(() -> assertThat(Estimates.inYen()).isCheaperThan(REALTIME))
        .isInstanceOf(AssertionError.class)
        .hasMessage("cannot compare 'B (G=200) / serverless' in JPY with 'B (G=200) / real-time' in USD: convert one"
            + " with MonthlyEstimate.convertedTo(currency, rate) first");
  }

  @Test
  void lineItem_byStepNameOrFullDescription_findsTheLine() {
    assertThat(REALTIME).lineItem("train").costIsAtMost(Money.usd("27.60"));
    assertThat(REALTIME).lineItem("real-time endpoint (2 × ml.c5.xlarge)").cost().rounded()
        .isEqualTo(Money.usd("297.84"));
    assertThat(REALTIME).lineItem("custom monitor sampled data").costIsAtMost(Money.usd("0.02"));
  }

  @Test
  void lineItem_unknownName_failsListingTheLines() {
    assertThatThrownBy(() -> assertThat(REALTIME).lineItem("trian"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' to have one line 'trian' but it has none; its lines are:"
            + " 'preprocess (Processing, ml.m5.xlarge)', 'train (Training, ml.m5.xlarge)', 'evaluate (Processing,"
            + " ml.m5.xlarge)', 'model artifacts (20 MiB × 6 versions, S3 Standard)', 'real-time endpoint (2 ×"
            + " ml.c5.xlarge)', 'data processed in (requests)', 'data processed out (responses)', 'custom monitor"
            + " jobs (Processing, ml.m5.xlarge)', 'custom monitor sampled data'; name a line by its full description"
            + " or a step's name");
  }

  @Test
  void lineItem_ambiguousName_failsListingTheMatches() {
    LineItem train = REALTIME.lineItems().get(1);
    MonthlyEstimate twoTrains = MonthlyEstimate.builder().from(REALTIME)
        .addLineItem(LineItem.builder().from(train).description("train (Training, ml.g5.xlarge)").build()).build();
    assertThatThrownBy(() -> assertThat(twoTrains).lineItem("train"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected 'B (G=200) / real-time' to have one line 'train' but 2 lines match; they are:"
            + " 'train (Training, ml.m5.xlarge)', 'train (Training, ml.g5.xlarge)'; name a line by its full"
            + " description or a step's name");
    assertThat(twoTrains).lineItem("train (Training, ml.g5.xlarge)").costIsAtMost(Money.usd(28));
  }
}
