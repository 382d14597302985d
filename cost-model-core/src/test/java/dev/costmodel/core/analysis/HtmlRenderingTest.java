package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostScenario;
import dev.costmodel.core.SeedFixtures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * {@code toHtml()} of every analysis result: a table and, where one is drawn, the chart inline; every text a
 * user wrote (scenario names, labels) escaped, so a name like {@code <b> & "x"} cannot break the page.
 */
class HtmlRenderingTest {
  private static final String TRICKY = "B <b>bold</b> & \"quoted\" 'single'";
  private static final String ESCAPED = "B &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;";
  private static final CostScenario B = SeedFixtures.serverless("B").withName(TRICKY);
  private static final CostScenario C = SeedFixtures.serverless("C");

  @Test
  void comparison_tableAndStackedBars_namesEscaped() {
    String html = Comparison.ofScenarios(List.of(B, C)).toHtml();
    assertThat(html).startsWith("<div class=\"costmodel-comparison\">\n<table>\n<caption>Monthly cost by scenario"
        + " (USD)</caption>\n<thead><tr><th>scenario</th><th>retrain</th><th>storage</th><th>inference</th>"
        + "<th>monitoring</th><th>total (USD/month)</th></tr></thead>\n<tbody>\n<tr><td>" + ESCAPED + "</td>"
        + "<td style=\"text-align:right\">50.60</td><td style=\"text-align:right\">0.54</td>"
        + "<td style=\"text-align:right\">17.34</td><td style=\"text-align:right\">0.59</td>"
        + "<td style=\"text-align:right\">69.07</td></tr>\n");
    assertThat(html).contains("<td>C / serverless</td>", "<svg xmlns=\"http://www.w3.org/2000/svg\"",
        "class=\"bar\"").doesNotContain("<?xml").endsWith("</svg>\n</div>\n");
    assertUserTextEscaped(html);
  }

  @Test
  void sweep_tableAndLines() {
    Sweep sweep = Sweep.of(B, ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), new BigDecimal("5.2")), List.of("monthly <1>", "weekly & more"));
    String html = sweep.toHtml();
    assertThat(html).startsWith("<div class=\"costmodel-sweep\">\n<table>\n<caption>Monthly cost as retrain runs"
        + " per month varies (USD)</caption>\n")
        .contains("<tr><td>monthly &lt;1&gt;</td>", "<tr><td>weekly &amp; more</td>",
            "<td style=\"text-align:right\">69.07</td></tr>", "class=\"line\"")
        .doesNotContain("<?xml", "monthly <1>").endsWith("</svg>\n</div>\n");
    assertThat(sweep).hasToString(sweep.toMarkdown());
  }

  @Test
  void sensitivity_tableLargestSwingFirst() {
    Sensitivity tornado = Sensitivity.of(B, List.of(
        Sensitivity.Range.of(ScenarioInput.retrainRunsPerMonth(), new BigDecimal("1"), new BigDecimal("2")),
        Sensitivity.Range.of(ScenarioInput.requestsPerUserPerMonth(), new BigDecimal("30"), new BigDecimal("60"))));
    String html = tornado.toHtml();
    assertThat(html).isEqualTo("<div class=\"costmodel-sensitivity\">\n<table>\n<caption>Swing of the monthly"
        + " total, base USD 69.07</caption>\n<thead><tr><th>input</th><th>low</th><th>high</th><th>total at low"
        + "</th><th>total at high</th><th>swing</th></tr></thead>\n<tbody>\n"
        // retraining is USD 50.60 at 1.2 runs, so USD 42.17 a run: 1 run 60.64, 2 runs 102.80
        + "<tr><td>retrain runs per month (runs/month)</td><td style=\"text-align:right\">1</td>"
        + "<td style=\"text-align:right\">2</td><td style=\"text-align:right\">60.64</td>"
        + "<td style=\"text-align:right\">102.80</td><td style=\"text-align:right\">42.17</td></tr>\n"
        + "<tr><td>requests per user per month (requests/user/month)</td><td style=\"text-align:right\">30</td>"
        + "<td style=\"text-align:right\">60</td><td style=\"text-align:right\">64.73</td>"
        + "<td style=\"text-align:right\">77.75</td><td style=\"text-align:right\">13.02</td></tr>\n"
        + "</tbody>\n</table>\n</div>\n");
    assertThat(tornado).hasToString(tornado.toMarkdown());
  }

  @Test
  void breakEven_linesExplanationAndCrossing() {
    CostScenario realtime = SeedFixtures.realtime("C").withComponents(List.of(SeedFixtures.RETRAIN,
        SeedFixtures.STORAGE, SeedFixtures.REALTIME, SeedFixtures.monitor(
            dev.costmodel.api.aws.DriftMonitor.Kind.CUSTOM_PROCESSING))).withName("real-time & <always on>");
    BreakEven even = BreakEven.between(C, realtime, ScenarioInput.requestsPerMonth());
    String html = even.toHtml();
    assertThat(html).startsWith("<div class=\"costmodel-break-even\">\n<table>\n<caption>Break-even in requests per"
        + " month (requests/month)</caption>\n<thead><tr><th>scenario</th><th>total at x = 0</th>"
        + "<th>per unit of x</th></tr></thead>\n<tbody>\n<tr><td>C / serverless</td>")
        .contains("<tr><td>real-time &amp; &lt;always on&gt;</td>",
            "<p>&#39;C / serverless&#39; is cheaper below 74,460,000 requests/month and &#39;real-time &amp;"
                + " &lt;always on&gt;&#39; above; both cost USD 323.92 there</p>",
            "class=\"crossing\"")
        .doesNotContain("<?xml", "<always on>").endsWith("</svg>\n</div>\n");
    assertThat(even.toString()).isEqualTo("| scenario | total per month, x = requests per month (requests/month) |\n"
        + "|---|---|\n"
        + "| C / serverless | " + even.lineA().intercept().toExactString() + " + "
        + even.lineA().slope().toExactString() + " × x |\n"
        + "| real-time & <always on> | " + even.lineB().intercept().toExactString() + " + "
        + even.lineB().slope().toExactString() + " × x |\n\n" + even.explanation());
    assertThat(even.lineA().slope().toExactString()).isEqualTo("USD 0.00000433905029296875");
  }

  @Test
  void breakEven_parallelLines_chartGoesToAMillion() {
    BreakEven even = BreakEven.between(B, C, ScenarioInput.requestsPerMonth());
    assertThat(even.toHtml()).contains("<p>the lines never cross: ").doesNotContain("class=\"crossing\"")
        .contains(">1M</text>");
  }

  @Test
  void uncertainty_tableSummaryAndHistogram() {
    UncertaintyResult result = MonteCarlo.builder().scenario(B)
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0)).samples(1_000).seed(42)
        .build().run();
    String html = result.toHtml();
    assertThat(html).startsWith("<div class=\"costmodel-uncertainty\">\n<table>\n<caption>Monthly cost over 1000"
        + " samples (USD)</caption>\n<thead><tr><th>USD/month</th><th>P10</th><th>P50</th><th>P90</th></tr>"
        + "</thead>\n<tbody>\n<tr><td>retrain</td>")
        .contains("<tr><td><b>total</b></td><td style=\"text-align:right\"><b>",
            "<p>" + result.summary() + "</p>", "class=\"bar\"")
        .doesNotContain("<?xml").endsWith("</svg>\n</div>\n");
    assertThat(result.summary()).isEqualTo("P10 " + result.p10() + ", P50 " + result.p50() + ", P90 "
        + result.p90() + " (1000 samples, seed 42, multilinear)");
    assertThat(result).hasToString(result.summary() + "\n" + result.toMarkdown());
  }

  /** Parsed as XML, the page holds the user's text exactly once per place, as text, never as markup. */
  private static void assertUserTextEscaped(String html) {
    assertThat(html).doesNotContain("<b>bold</b>", "\"quoted\"");   // a quote in a double-quoted attribute is text
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("&#39;", "'"))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + html, e);
    }
    assertThat(document.getElementsByTagName("b").getLength()).isZero();
    assertThat(document.getElementsByTagName("td").item(0).getTextContent()).isEqualTo(TRICKY);
  }
}
