package dev.costmodel.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.core.SeedFixtures;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.ScenarioInput;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.core.analysis.TriangularRange;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {
  private static CostScenario scenario(String name, ModelTopology topology, boolean serverless) {
    CostScenario seed = serverless ? SeedFixtures.serverless("C") : SeedFixtures.realtime("C").withComponents(List.of(
        SeedFixtures.RETRAIN, SeedFixtures.STORAGE, SeedFixtures.REALTIME,
        SeedFixtures.monitor(DriftMonitor.Kind.CUSTOM_PROCESSING)));
    return seed.withName(name).withTopology(topology);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document document, String tag, String cssClass) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getAttribute("class").equals(cssClass)) {
        found.add(element);
      }
    }
    return found;
  }

  @Test
  void stackedBars_areWellFormed_andProportionalToTheValues() throws Exception {
    Comparison comparison = Comparison.ofScenarios(List.of(
        scenario("B / serverless", ModelTopology.perGroup(200), true),
        scenario("B / real-time", ModelTopology.perGroup(200), false),
        scenario("C / real-time", ModelTopology.shared(), false)));
    String svg = SvgCharts.stackedBars(comparison);
    Document document = parse(svg);
    assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("800");
    List<Element> bars = elements(document, "rect", "bar");
    assertThat(bars).hasSize(3 * 4);
    double pixelsPerDollar = -1;
    for (Element bar : bars) {
      double value = Double.parseDouble(bar.getAttribute("data-value"));
      double height = Double.parseDouble(bar.getAttribute("height"));
      if (value > 1) {
        if (pixelsPerDollar < 0) {
          pixelsPerDollar = height / value;
        }
        assertThat(height / value).isCloseTo(pixelsPerDollar, within(pixelsPerDollar * 0.01 + 0.02 / value));
      }
    }
    assertThat(svg).contains("cost (USD per month)").contains("USD 350.91");
  }

  @Test
  void sweepLines_haveOnePointPerValue_andUnits() throws Exception {
    Sweep sweep = Sweep.of(scenario("B", ModelTopology.perGroup(200), true), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), new BigDecimal("5.2"), new BigDecimal("36.5")));
    Document document = parse(SvgCharts.lines(sweep));
    assertThat(elements(document, "polyline", "line")).hasSize(5); // 4 categories and the total
    assertThat(elements(document, "circle", "point")).hasSize(15);
    assertThat(SvgCharts.lines(sweep)).contains("retrain runs per month (runs/month)").contains("cost (USD per month)");
  }

  @Test
  void breakEven_marksTheCrossing_onlyInsideTheRange() throws Exception {
    BreakEven even = BreakEven.between(scenario("C / serverless", ModelTopology.shared(), true),
        scenario("C / real-time", ModelTopology.shared(), false), ScenarioInput.requestsPerMonth());
    String inside = SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("150000000"));
    assertThat(elements(parse(inside), "circle", "crossing")).hasSize(1);
    assertThat(inside).contains("break-even at 74.46M");
    String outside = SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("1000000"));
    assertThat(elements(parse(outside), "circle", "crossing")).isEmpty();
    assertThatThrownBy(() -> SvgCharts.breakEven(even, BigDecimal.TEN, BigDecimal.ONE))
        .hasMessage("SvgCharts.breakEven from must be < to, but from was 10 and to 1");
  }

  @Test
  void histogram_barsAreProportionalToTheirShare() throws Exception {
    var result = MonteCarlo.builder().scenario(scenario("B", ModelTopology.perGroup(200), true))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(30, 40, 60))
        .samples(20_000).build().run();
    Document document = parse(SvgCharts.histogram(result, 30));
    List<Element> bars = elements(document, "rect", "bar");
    assertThat(bars).hasSize(30);
    long counted = 0;
    double ratio = -1;
    for (Element bar : bars) {
      counted += Long.parseLong(bar.getAttribute("data-count"));
      double share = Double.parseDouble(bar.getAttribute("data-value"));
      double height = Double.parseDouble(bar.getAttribute("height"));
      if (share > 1) {
        ratio = ratio < 0 ? height / share : ratio;
        assertThat(height / share).isCloseTo(ratio, within(ratio * 0.01));
      }
    }
    assertThat(counted).isEqualTo(20_000);
    assertThat(SvgCharts.histogram(result, 30)).contains("P10 USD").contains("P90 USD")
        .contains("total (USD per month)");
  }

  @Test
  void textIsEscaped() throws Exception {
    Comparison comparison = Comparison.ofScenarios(List.of(scenario("A & <B>", ModelTopology.shared(), true)));
    assertThat(SvgCharts.stackedBars(comparison)).contains("A &amp; &lt;B&gt;");
    parse(SvgCharts.stackedBars(comparison));
  }

  // Geometry. The plot spans x 90..610 (520 px) and y 410 (zero) up to 50 (the top tick), 360 px; see SvgTest.

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  @Test
  void stackedBars_standOnTheAxis_stackInCategoryOrder_andSitInTheirSlots() throws Exception {
    Comparison comparison = Comparison.ofScenarios(List.of(
        scenario("B / serverless", ModelTopology.perGroup(200), true),
        scenario("B / real-time", ModelTopology.perGroup(200), false),
        scenario("C / real-time", ModelTopology.shared(), false)));
    Document document = parse(SvgCharts.stackedBars(comparison));
    // the dearest total is USD 350.91: ticks of 50 up to 400, so 360 px / 400 = 0.9 px a dollar; three slots of
    // 520 / 3 = 173.33 px, bars min(90, 0.6 × 173.33) = 90 px wide, centred in their slot
    double slot = 520.0 / 3;
    for (int s = 0; s < 3; s++) {
      String name = comparison.estimates().get(s).scenarioName();
      double base = 410;
      double x = 90 + slot * s + (slot - 90) / 2;
      for (var category : comparison.categories()) {
        Element bar = elements(document, "rect", "bar").stream()
            .filter(e -> e.getAttribute("data-scenario").equals(name) && e.getAttribute("data-category")
                .equals(category.label())).findFirst().orElseThrow();
        double value = comparison.estimates().get(s).subtotal(category).amount().doubleValue();
        assertThat(number(bar, "x")).as(name).isCloseTo(x, within(0.006));
        assertThat(number(bar, "width")).isCloseTo(90, within(0.006));
        assertThat(number(bar, "height")).as(name + " " + category).isCloseTo(value * 0.9, within(0.011));
        assertThat(number(bar, "y") + number(bar, "height")).as(name + " " + category).isCloseTo(base, within(0.011));
        base = number(bar, "y");
      }
    }
    assertThat(SvgCharts.stackedBars(comparison))
        .contains(">400</text>").contains(">USD 69.07</text>").doesNotContain("NaN");
    // 410 − 69.07 × 0.9 − 6 = 341.84 (to a cent of a pixel): the total sits just above its bar
    assertThat(SvgCharts.stackedBars(comparison)).containsPattern("<text x=\"176\\.67\" y=\"341\\.8[34]\"[^>]*>USD 69\\.07</text>");
  }

  @Test
  void allZeroCosts_drawAnAxisWithoutNaN() throws Exception {
    // a scenario whose only cost is zero: the y axis still needs a top above 0 (0..1 in steps of 0.2)
    CostScenario free = ScenarioInput.retrainRunsPerMonth().apply(SeedFixtures.serverless("C"), BigDecimal.ZERO)
        .withComponents(List.of(SeedFixtures.RETRAIN.withRunsPerMonth(BigDecimal.ZERO)));
    String svg = SvgCharts.stackedBars(Comparison.ofScenarios(List.of(free.withName("free"))));
    assertThat(svg).doesNotContain("NaN").contains(">0.2</text>").contains(">1</text>");
    parse(svg);
  }

  @Test
  void histogramBars_tileTheRangeWithoutGaps_andPercentilesSitAtTheirValues() throws Exception {
    var result = MonteCarlo.builder().scenario(scenario("B", ModelTopology.perGroup(200), true))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .samples(5_000).build().run();
    int bins = 20;
    Document document = parse(SvgCharts.histogram(result, bins));
    List<Element> bars = elements(document, "rect", "bar");
    double binPixels = 520.0 / bins; // 26 px: each bar is 1 px narrower, 0.5 px in from each edge
    for (int i = 0; i < bins; i++) {
      Element bar = bars.get(i);
      assertThat(number(bar, "x")).isCloseTo(90 + i * binPixels + 0.5, within(0.006));
      assertThat(number(bar, "width")).isCloseTo(binPixels - 1, within(0.006));
      assertThat(number(bar, "y") + number(bar, "height")).isCloseTo(410, within(0.011));
      assertThat(Long.parseLong(bar.getAttribute("data-count"))).isEqualTo(result.histogram(bins).counts()[i]);
    }
    double start = result.histogram(bins).start();
    double span = result.histogram(bins).width() * bins;
    String svg = SvgCharts.histogram(result, bins);
    assertThat(svg).contains("Monthly total over 5,000 samples (seed 42)").contains("share of samples (%)");
    for (var percentile : List.of(result.p10(), result.p50(), result.p90())) {
      double x = 90 + (percentile.amount().doubleValue() - start) / span * 520;
      assertThat(svg).contains(String.format(java.util.Locale.ROOT,
          "<line x1=\"%.2f\" y1=\"50.00\" x2=\"%.2f\" y2=\"410.00\" stroke=\"#d62728\"", x, x));
      assertThat(svg).contains(" " + percentile.rounded() + "</text>");
    }
  }

  @Test
  void breakEven_linesRunFromEdgeToEdge_andTheCrossingIsWhereTheyMeet() throws Exception {
    BreakEven even = BreakEven.between(scenario("C / serverless", ModelTopology.shared(), true),
        scenario("C / real-time", ModelTopology.shared(), false), ScenarioInput.requestsPerMonth());
    Document document = parse(SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("150000000")));
    List<Element> lines = elements(document, "polyline", "line");
    assertThat(lines).hasSize(2);
    // x: 0 requests at 90 px, 150 M at 610 px; the crossing, 74.46 M, at 90 + 74.46 / 150 × 520 = 348.13 px
    for (Element line : lines) {
      String[] points = line.getAttribute("points").trim().split(" ");
      assertThat(points).hasSize(2);
      assertThat(points[0]).startsWith("90.00,");
      assertThat(points[1]).startsWith("610.00,");
    }
    Element crossing = elements(document, "circle", "crossing").get(0);
    assertThat(number(crossing, "cx")).isCloseTo(90 + 74.46 / 150 * 520, within(0.006));
    // the real-time line is flat in requests but for data: both lines pass through the crossing's height
    String[] flat = lines.get(1).getAttribute("points").trim().split(" ");
    double y0 = Double.parseDouble(flat[0].split(",")[1]);
    double y1 = Double.parseDouble(flat[1].split(",")[1]);
    assertThat(number(crossing, "cy")).isCloseTo(y0 + (y1 - y0) * 74.46 / 150, within(0.02));
    assertThat(SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("150000000")))
        .contains("text-anchor=\"start\" font-size=\"13\" font-weight=\"bold\">break-even at 74.46M (USD 323.92)");
    // near the right edge (74.46 / 100 of the way, past 60 %) the label reads leftwards
    assertThat(SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("100000000")))
        .contains("text-anchor=\"end\" font-size=\"13\" font-weight=\"bold\">break-even at 74.46M");
    // the crossing exactly at an end of the range is still drawn
    assertThat(elements(parse(SvgCharts.breakEven(even, new BigDecimal("74460000"), new BigDecimal("80000000"))),
        "circle", "crossing")).hasSize(1);
    assertThat(elements(parse(SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("74460000"))),
        "circle", "crossing")).hasSize(1);
  }
}
