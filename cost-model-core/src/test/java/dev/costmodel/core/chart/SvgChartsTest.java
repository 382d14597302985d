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
}
