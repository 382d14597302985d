package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.Sensitivity;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.core.analysis.UncertaintyResult;
import dev.costmodel.core.chart.SvgCharts;
import java.util.List;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionAnalysisTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void render_printsEveryAnalysis_andWritesFourCharts(@TempDir Path charts) throws Exception {
    String md = DecisionAnalysis.render(charts);
    assertThat(md)
        .contains("| B (G=200) / serverless | 50.60 | 0.54 | 17.34 | 0.59 | **69.07** |")   // seed 7-3
        .contains("| weekly | 219.27 | 0.54 | 17.34 | 0.59 | **237.74** |")              // seed 10
        .contains("'C (1) / serverless' is cheaper below 74,460,000 requests/month")
        .contains("200 models, 10 at a time: PT18H20M")                                  // seed 9
        .contains("least parallelism to finish 200 models in 8 h: 25")
        .contains("the concurrent-job quota is 10")
        .contains("| **total** | 71.53 | 89.27 | 112.18 |")
        .contains("**10,361** |");
    for (String chart : new String[] {"comparison.svg", "retrain-frequency.svg", "break-even.svg", "uncertainty.svg"}) {
      String svg = Files.readString(charts.resolve(chart));
      assertThat(svg).startsWith("<?xml").endsWith("</svg>\n");
    }
  }

  @Test
  void tour_computesWhatTheReadmeSays() {
    List<Object> tour = DecisionAnalysis.tour();
    assertThat(((Comparison) tour.get(0)).toMarkdown()).contains("**69.07**").contains("**18.19**");
    assertThat(((Sweep) tour.get(1)).points().get(1).estimate().total().rounded()).isEqualTo(Money.usd("237.74"));
    assertThat(((Sensitivity) tour.get(2)).bars().get(0).input().name()).isEqualTo("retrain runs per month");
    assertThat(((BreakEven) tour.get(3)).value().orElseThrow()).isEqualByComparingTo("74460000");
    assertThat(tour.get(4)).isEqualTo(25);
    UncertaintyResult spread = (UncertaintyResult) tour.get(5);
    assertThat(spread.p10().compareTo(spread.p50())).isNegative();
    assertThat(((MonthlyEstimate) tour.get(6)).total().rounded().amount()).isEqualByComparingTo("10361");
    assertThat((String) tour.get(7)).contains("break-even at 74.46M");
  }

  @Test
  void readmeTour_isTheExamplesCode() throws Exception {
    List<String> readme = ReadmeTest.block("<!-- analysis -->");
    List<String> source = ReadmeTest.between(Files.readAllLines(
        ROOT.resolve("cost-model-examples/src/main/java/dev/costmodel/examples/DecisionAnalysis.java")),
        "// analysis:begin", "// analysis:end");
    assertThat(readme).isEqualTo(source);
  }

  @Test
  void readmeCharts_areWhatTheLibraryDrawsToday() throws Exception {
    assertThat(Files.readString(ROOT.resolve("docs/charts/break-even.svg")))
        .isEqualTo(SvgCharts.breakEven(DecisionAnalysis.breakEven(), BigDecimal.ZERO, new BigDecimal("150000000")));
    assertThat(Files.readString(ROOT.resolve("docs/charts/uncertainty.svg")))
        .isEqualTo(SvgCharts.histogram(DecisionAnalysis.uncertainty(1_000_000), 40));
  }
}
