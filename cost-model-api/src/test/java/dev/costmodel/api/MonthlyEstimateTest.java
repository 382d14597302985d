package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MonthlyEstimateTest {
  private final MonthlyEstimate b = Fixtures.serverless(ModelTopology.perGroup(200));

  @Test
  void subtotals_inCategoryOrder() {
    assertThat(b.subtotals().keySet()).containsExactly(
        CostCategory.RETRAIN, CostCategory.STORAGE, CostCategory.INFERENCE, CostCategory.MONITORING);
    assertThat(b.subtotal(CostCategory.DATA_TRANSFER).isZero()).isTrue();
  }

  @Test
  void pricesUsed_eachOnceWithSource() {
    assertThat(b.pricesUsed()).extracting(p -> p.key().toString()).containsExactly(
        "SageMaker/Processing/ml.m5.xlarge", "SageMaker/Training/ml.m5.xlarge", "S3/Storage/Standard",
        "SageMaker/ServerlessInference/2048MB", "SageMaker/DataProcessedIn/endpoint",
        "SageMaker/DataProcessedOut/endpoint");
    assertThat(b.pricesUsed()).allSatisfy(p -> assertThat(p.source()).isEqualTo(Fixtures.SEED));
  }

  @Test
  void summary_showsTotalAndSubtotalsOnOneLine() {
    assertThat(b.summary()).isEqualTo("test: USD 69.07 (retrain USD 50.60, storage USD 0.54, inference USD 17.34,"
        + " monitoring USD 0.59)");
  }

  @Test
  void toString_isATableOfLinesSubtotalsTotalAndFindings() {
    // seed 7-3, pattern B / serverless
    assertThat(b).hasToString(String.join("\n",
        "test: USD 69.07 a month",
        "category    cost (USD)  line",
        "retrain          13.80  preprocess (Processing, ml.m5.xlarge): 200 models × 1.2 runs × 0.25 h = 60 instance-hours × USD 0.23/instance-hour = USD 13.80",
        "retrain          27.60  train (Training, ml.m5.xlarge): 200 models × 1.2 runs × 0.5 h = 120 instance-hours × USD 0.23/instance-hour = USD 27.60",
        "retrain           9.20  evaluate (Processing, ml.m5.xlarge): 200 models × 1.2 runs × 0.1667 h = 40 instance-hours × USD 0.23/instance-hour = USD 9.20",
        "storage           0.54  model artifacts (20 MiB × 6 versions, S3 Standard): 200 models × 6 versions × 20 MiB = 23.4375 GiB-months, tiered: 23.4375 × USD 0.023/GiB-month = USD 0.54",
        "inference        16.00  serverless inference (2 GiB): 4,000,000 requests × 0.1 s = 400,000 seconds × USD 0.00004/second = USD 16.00",
        "inference         1.22  data processed in (requests): 4,000,000 requests × 20 KiB = 76.2939 GiB × USD 0.016/GiB = USD 1.22",
        "inference         0.12  data processed out (responses): 4,000,000 requests × 2 KiB = 7.6294 GiB × USD 0.016/GiB = USD 0.12",
        "monitoring        0.58  custom monitor jobs (Processing, ml.m5.xlarge): 30 jobs × 0.0833 h = 2.5 instance-hours × USD 0.23/instance-hour = USD 0.58",
        "monitoring        0.01  custom monitor sampled data: 1% sampled × 83.9233 GiB = 0.8392 GiB × USD 0.016/GiB = USD 0.01",
        "retrain          50.60  subtotal",
        "storage           0.54  subtotal",
        "inference        17.34  subtotal",
        "monitoring        0.59  subtotal",
        "total            69.07  9 lines, summed exactly, rounded once",
        "findings:",
        "  WARNING serverless-many-models: one serverless endpoint cannot serve 200 models: SageMaker Serverless Inference does not support multi-model endpoints (at most 50 serverless endpoints per region); group models or serve them from a real-time multi-model endpoint"));
  }

  @Test
  void toString_withoutFindings_saysNone_andAlignsWideAmounts() {
    MonthlyEstimate a = Fixtures.serverless(ModelTopology.perUser());
    MonthlyEstimate one = MonthlyEstimate.builder().scenarioName("one line").currency(Money.USD)
        .addLineItem(a.lineItems().get(1)).build();
    assertThat(one).hasToString(String.join("\n",
        "one line: USD 13,800.00 a month",
        "category  cost (USD)  line",
        "retrain    13,800.00  train (Training, ml.m5.xlarge): 100,000 models × 1.2 runs × 0.5 h = 60,000 instance-hours × USD 0.23/instance-hour = USD 13,800.00",
        "retrain    13,800.00  subtotal",
        "total      13,800.00  1 line, summed exactly, rounded once",
        "findings: none"));
  }

  @Test
  void toHtml_escapesNamesDescriptionsAndFindings() {
    LineItem line = LineItem.builder().from(b.lineItems().get(0)).description("<script>alert('x')</script> & \"co\"")
        .note("a < b").build();
    MonthlyEstimate tricky = MonthlyEstimate.builder().scenarioName("A <b> & \"c\" 'd'").currency(Money.USD)
        .addLineItem(line)
        .addFinding(Finding.of(Finding.Severity.INFO, "my-code", "Mine", "x < y & \"z\""))
        .build();
    String html = tricky.toHtml();
    assertThat(html).isEqualTo(String.join("\n",
        "<div class=\"costmodel-estimate\">",
        "<table>",
        "<caption>A &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;: USD 13.80 a month</caption>",
        "<thead><tr><th>category</th><th>item</th><th>formula</th><th>cost (USD)</th></tr></thead>",
        "<tbody>",
        "<tr><td>retrain</td><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;<br><small>a &lt; b</small></td><td>200 models × 1.2 runs × 0.25 h = 60 instance-hours × USD 0.23/instance-hour = USD 13.80</td><td style=\"text-align:right\">13.80</td></tr>",
        "</tbody>",
        "<tfoot>",
        "<tr><th>retrain</th><td colspan=\"2\">subtotal</td><td style=\"text-align:right\">13.80</td></tr>",
        "<tr><th>total</th><td colspan=\"2\"></td><td style=\"text-align:right\"><b>13.80</b></td></tr>",
        "</tfoot>",
        "</table>",
        "<p>Findings:</p>",
        "<ul>",
        "<li>INFO <code>my-code</code>: x &lt; y &amp; &quot;z&quot;</li>",
        "</ul>",
        "</div>", ""));
    assertThat(html).doesNotContain("<script>", "<b>A", "\"c\"", "'d'");
  }

  @Test
  void convertedTo_convertsEveryLine() {
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    assertThat(yen.currency().getCurrencyCode()).isEqualTo("JPY");
    assertThat(yen.total().amount()).isEqualByComparingTo(b.total().amount().multiply(new BigDecimal("150")));
    assertThat(yen.total().rounded().amount()).isEqualByComparingTo("10361");
  }

  @Test
  void convertedTo_patternBInYen_totalIsTheUnroundedTotalTimesTheRate() {
    // seed 7-3: pattern B / serverless is USD 69.07; 69.07 × 150 would be 10,360.50, but the total is
    // 69.0717… × 150 = 10,360.76…, the sum of the unrounded lines converted
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    BigDecimal unrounded = BigDecimal.ZERO;
    for (LineItem line : b.lineItems()) {
      unrounded = unrounded.add(line.cost().amount());
    }
    assertThat(yen.total().amount()).isEqualByComparingTo(unrounded.multiply(new BigDecimal("150")));
    assertThat(yen.total().amount()).isNotEqualByComparingTo(new BigDecimal("69.07").multiply(new BigDecimal("150")));
    assertThat(yen.total()).hasToString("JPY 10,361");
    assertThat(yen.subtotal(CostCategory.RETRAIN)).isEqualTo(Money.of(new BigDecimal("7590"), "JPY"));
  }

  @Test
  void convertedTo_rewritesEachFormulaWithTheRate_andConvertsUnitPrices() {
    MonthlyEstimate yen = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    LineItem serverless = yen.lineItems().get(4);
    assertThat(serverless.formula()).isEqualTo("4,000,000 requests × 0.1 s = 400,000 seconds"
        + " × USD 0.00004/second = USD 16.00 × 150 JPY/USD = JPY 2,400");
    assertThat(serverless.unitPrice()).hasToString("JPY 0.006/second");
    assertThat(serverless.cost()).isEqualTo(Money.of(new BigDecimal("2400"), "JPY"));
    for (int i = 0; i < b.lineItems().size(); i++) {
      LineItem usd = b.lineItems().get(i);
      LineItem converted = yen.lineItems().get(i);
      assertThat(converted.formula()).isEqualTo(usd.formula() + " × 150 JPY/USD = " + converted.cost());
      assertThat(converted.cost().amount()).isEqualByComparingTo(usd.cost().amount().multiply(new BigDecimal("150")));
      assertThat(converted.unitPrice().price().amount())
          .isEqualByComparingTo(usd.unitPrice().price().amount().multiply(new BigDecimal("150")));
      assertThat(converted.unitPrice().unit()).isEqualTo(usd.unitPrice().unit());
      assertThat(converted.quantity()).isEqualByComparingTo(usd.quantity());
    }
    // data processed in: 76.2939 GiB × USD 0.016 = USD 1.220703125, so JPY 183.10546875, shown as JPY 183
    assertThat(yen.lineItems().get(5).cost().amount()).isEqualByComparingTo("183.10546875");
    assertThat(yen.lineItems().get(5).formula()).endsWith("= USD 1.22 × 150 JPY/USD = JPY 183");
  }

  @Test
  void convertedTo_twice_chainsBothRates() {
    MonthlyEstimate eur = b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"))
        .convertedTo(Currency.getInstance("EUR"), new BigDecimal("0.0062"));
    assertThat(eur.lineItems().get(4).formula())
        .endsWith("= USD 16.00 × 150 JPY/USD = JPY 2,400 × 0.0062 EUR/JPY = EUR 14.88");
    assertThat(eur.total().amount()).isEqualByComparingTo(
        b.total().amount().multiply(new BigDecimal("150")).multiply(new BigDecimal("0.0062")));
  }

  @Test
  void convertedTo_rateNotAboveZero_isRejected() {
    assertThatThrownBy(() -> b.convertedTo(Currency.getInstance("JPY"), new BigDecimal("-150")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MonthlyEstimate.convertedTo rate must be > 0, but was -150");
  }

  @Test
  void mixedCurrencies_areRejected() {
    LineItem yenLine = LineItem.builder().from(b.lineItems().get(0))
        .cost(Money.of(BigDecimal.ONE, "JPY")).build();
    assertThatThrownBy(() -> MonthlyEstimate.builder().from(b).addLineItem(yenLine).build())
        .hasMessageStartingWith("MonthlyEstimate.lineItems must all be in USD, but 'preprocess (Processing,"
            + " ml.m5.xlarge)' is in JPY");
  }
}
