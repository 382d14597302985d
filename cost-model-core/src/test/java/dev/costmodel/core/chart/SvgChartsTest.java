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

  @Test
  void stackedBars_ofFourScenarios_narrowToTheirSlots_andNameEachBelowIt() throws Exception {
    List<CostScenario> scenarios = new ArrayList<>();
    for (String name : List.of("one", "two", "three", "four")) {
      scenarios.add(scenario(name, ModelTopology.shared(), true));
    }
    Comparison comparison = Comparison.ofScenarios(scenarios);
    String svg = SvgCharts.stackedBars(comparison);
    Document document = parse(svg);
    // four slots of 520 / 4 = 130 px; a bar is 0.6 × 130 = 78 px wide (under the 90 px cap), 26 px in
    for (int s = 0; s < 4; s++) {
      String name = comparison.estimates().get(s).scenarioName();
      double x = 90 + 130 * s + 26;
      for (Element bar : elements(document, "rect", "bar")) {
        if (bar.getAttribute("data-scenario").equals(name)) {
          assertThat(number(bar, "x")).as(name).isCloseTo(x, within(0.006));
          assertThat(number(bar, "width")).isCloseTo(78, within(0.006));
        }
      }
      // the name centred under the bar (x + 39), 20 px below the axis (410)
      assertThat(svg).contains(String.format(java.util.Locale.ROOT,
          "<text x=\"%.2f\" y=\"430.00\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"normal\">%s</text>",
          x + 39, name));
    }
    // a legend entry per category, in the bars' colours
    List<Element> swatches = elements(document, "rect", "legend");
    assertThat(swatches).hasSize(comparison.categories().size());
    for (int c = 0; c < swatches.size(); c++) {
      assertThat(swatches.get(c).getAttribute("fill")).isEqualTo(Svg.COLORS[c]);
      assertThat(svg).contains(">" + comparison.categories().get(c).label() + "</text>");
    }
  }

  @Test
  void sweepLines_padTheXRange_placeEachPointAtItsValue_andLabelOnlyTheTotals() throws Exception {
    Sweep sweep = Sweep.of(scenario("B", ModelTopology.perGroup(200), true), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("1.2"), new BigDecimal("5.2"), new BigDecimal("36.5")));
    String svg = SvgCharts.lines(sweep);
    Document document = parse(svg);
    // 1.2..36.5 spans 35.3, padded by 6 % of it on each side
    double xMin = 1.2 - 0.06 * 35.3;
    double xMax = 36.5 + 0.06 * 35.3;
    List<Element> circles = elements(document, "circle", "point");
    int categories = sweep.categories().size();
    assertThat(circles).hasSize(3 * (categories + 1));
    double[] values = {1.2, 5.2, 36.5};
    for (int p = 0; p < 3; p++) {
      double x = 90 + (values[p] - xMin) / (xMax - xMin) * 520;
      for (int c = 0; c <= categories; c++) {
        assertThat(number(circles.get(c * 3 + p), "cx")).isCloseTo(x, within(0.006));
      }
    }
    // the first point sits 0.06 / 1.12 of the plot in: 90 + 27.86
    assertThat(number(circles.get(0), "cx")).isCloseTo(117.86, within(0.006));
    // the total's line is dark grey, the categories' in the palette's order
    List<Element> lines = elements(document, "polyline", "line");
    assertThat(lines.get(categories).getAttribute("data-series")).isEqualTo("total");
    assertThat(lines.get(categories).getAttribute("stroke")).isEqualTo("#222222");
    for (int c = 0; c < categories; c++) {
      assertThat(lines.get(c).getAttribute("stroke")).isEqualTo(Svg.COLORS[c]);
      assertThat(lines.get(c).getAttribute("data-series")).isEqualTo(sweep.categories().get(c).label());
    }
    // one amount label per total point, 9 px above it; none on the categories' points
    List<Element> labels = new ArrayList<>();
    NodeList texts = document.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      if (text.getTextContent().startsWith("USD ")) {
        labels.add(text);
      }
    }
    assertThat(labels).hasSize(3);
    for (int p = 0; p < 3; p++) {
      Element total = circles.get(categories * 3 + p);
      assertThat(number(labels.get(p), "x")).isCloseTo(number(total, "cx"), within(0.006));
      assertThat(number(labels.get(p), "y")).isCloseTo(number(total, "cy") - 9, within(0.011));
      assertThat(labels.get(p).getTextContent()).isEqualTo(sweep.points().get(p).total().rounded().toString());
    }
    // x ticks of 10 from the padded −0.92..38.62: 0, 10, 20 and 30, each a 5 px mark and a label 22 px below 410
    for (int t = 0; t <= 30; t += 10) {
      double x = 90 + (t - xMin) / (xMax - xMin) * 520;
      assertThat(svg).contains(String.format(java.util.Locale.ROOT,
          "<line x1=\"%.2f\" y1=\"410.00\" x2=\"%.2f\" y2=\"415.00\" stroke=\"#333333\"", x, x));
      assertThat(svg).contains(String.format(java.util.Locale.ROOT,
          "<text x=\"%.2f\" y=\"432.00\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"normal\">%d</text>",
          x, t));
    }
    assertThat(svg).doesNotContain(">-10</text>").doesNotContain(">40</text>");
  }

  @Test
  void sweepLines_ofASingleValue_widenTheRangeToOne() throws Exception {
    Sweep sweep = Sweep.of(scenario("B", ModelTopology.perGroup(200), true), ScenarioInput.retrainRunsPerMonth(),
        List.of(new BigDecimal("4")));
    String svg = SvgCharts.lines(sweep);
    // 4..4 becomes 4..5, padded by 0.06: the point at 90 + 0.06 / 1.12 × 520 = 117.86
    assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
    // x ticks of 0.2 over 3.94..5.06: 4 is labelled under the point
    assertThat(svg).contains("<text x=\"117.86\" y=\"432.00\" text-anchor=\"middle\" font-size=\"13\""
        + " font-weight=\"normal\">4</text>").contains(">4.2</text>").contains(">5</text>");
    for (Element point : elements(parse(svg), "circle", "point")) {
      assertThat(number(point, "cx")).isCloseTo(117.86, within(0.006));
    }
  }

  @Test
  void breakEven_anEmptyRange_isRefused() {
    BreakEven even = BreakEven.between(scenario("C / serverless", ModelTopology.shared(), true),
        scenario("C / real-time", ModelTopology.shared(), false), ScenarioInput.requestsPerMonth());
    assertThatThrownBy(() -> SvgCharts.breakEven(even, new BigDecimal("5"), new BigDecimal("5.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SvgCharts.breakEven from must be < to, but from was 5 and to 5.0");
  }

  @Test
  void breakEven_theCrossingsMarkDropsToTheAxis_andItsLabelSitsUpAndRight() throws Exception {
    BreakEven even = BreakEven.between(scenario("C / serverless", ModelTopology.shared(), true),
        scenario("C / real-time", ModelTopology.shared(), false), ScenarioInput.requestsPerMonth());
    // the crossing, 74.46 M, is exactly 0.6 of 0..124.1 M: not past 60 %, so the label still reads rightwards
    String svg = SvgCharts.breakEven(even, BigDecimal.ZERO, new BigDecimal("124100000"));
    Element crossing = elements(parse(svg), "circle", "crossing").get(0);
    double px = number(crossing, "cx");
    double py = number(crossing, "cy");
    assertThat(px).isCloseTo(90 + 0.6 * 520, within(0.006));
    assertThat(svg).contains(String.format(java.util.Locale.ROOT,
        "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"410.00\" stroke=\"#555555\" stroke-width=\"1.5\"",
        px, py, px));
    assertThat(svg).contains(String.format(java.util.Locale.ROOT,
        "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"start\" font-size=\"13\" font-weight=\"bold\">break-even at",
        px + 10, py - 10));
    // the range's start, 0, is an x tick: its mark and label at x 90
    assertThat(svg).contains("<line x1=\"90.00\" y1=\"410.00\" x2=\"90.00\" y2=\"415.00\" stroke=\"#333333\"")
        .contains("<text x=\"90.00\" y=\"432.00\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"normal\">0</text>");
  }

  @Test
  void histogram_sharesArePercentOfSamples_theAxisFitsTheTallestBar_andPercentilesAreLabelledInOrder()
      throws Exception {
    var result = MonteCarlo.builder().scenario(scenario("B", ModelTopology.perGroup(200), true))
        .vary(ScenarioInput.retrainRunsPerMonth(), TriangularRange.of(1.0, 1.2, 2.0))
        .samples(4_000).build().run();
    String svg = SvgCharts.histogram(result, 10);
    Document document = parse(svg);
    double tallest = 0;
    for (Element bar : elements(document, "rect", "bar")) {
      long count = Long.parseLong(bar.getAttribute("data-count"));
      // a share in percent: count × 100 / 4,000
      assertThat(Double.parseDouble(bar.getAttribute("data-value"))).isCloseTo(count * 100.0 / 4_000, within(1e-9));
      tallest = Math.max(tallest, number(bar, "height"));
    }
    // the y axis ends at the first 1-2-5 tick at or above the largest share, less than 1.43 steps of a fifth of it
    // above (a step is at most 1.43 × share / 5): the tallest bar fills more than 360 / 1.29 = 279 px
    assertThat(tallest).isGreaterThan(270).isLessThanOrEqualTo(360.01);
    // x ticks along the sampled range
    assertThat(svg).containsPattern("<text x=\"[0-9.]+\" y=\"432.00\" text-anchor=\"middle\" font-size=\"13\"");
    // P10, P50 and P90 labelled 4 px right of their lines, 16 px apart from y 66
    String[] names = {"P10", "P50", "P90"};
    dev.costmodel.api.Money[] marks = {result.p10(), result.p50(), result.p90()};
    double start = result.histogram(10).start();
    double span = result.histogram(10).width() * 10;
    for (int i = 0; i < 3; i++) {
      double x = 90 + (marks[i].amount().doubleValue() - start) / span * 520;
      assertThat(svg).contains(String.format(java.util.Locale.ROOT,
          "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\">%s %s</text>",
          x + 4, 66.0 + 16 * i, names[i], marks[i].rounded()));
    }
  }
}
