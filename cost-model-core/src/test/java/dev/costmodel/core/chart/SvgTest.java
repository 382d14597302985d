package dev.costmodel.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawing primitives the charts share: axis ticks, numbers on axes, and the value-to-pixel mapping. */
class SvgTest {
  @Test
  void ticks_stepIsOneTwoOrFiveTimesAPowerOfTen_andCoverTheRange() {
    // 0..350.91: a fifth is 70.18 = 7.018 × 10 < 7.5 → step 5 × 10 = 50, from 0 up to the first tick >= 350.91
    assertThat(Svg.ticks(0, 350.91)).containsExactly(0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0, 350.0, 400.0);
    // 0..10: a fifth is 2 = 2 × 1 < 3.5 → step 2
    assertThat(Svg.ticks(0, 10)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
    // 0..6: a fifth is 1.2 < 1.5 → step 1
    assertThat(Svg.ticks(0, 6)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
    // 0..4: a fifth is 0.8 = 8 × 0.1 >= 7.5 → step 10 × 0.1 = 1
    assertThat(Svg.ticks(0, 4)).hasSize(5).first().isEqualTo(0.0);
    assertThat(Svg.ticks(0, 4).get(4)).isCloseTo(4.0, within(1e-12));
    // 12..37: a fifth is 5 → step 5 (5 × 1 with 5 < 7.5), starting at the multiple of 5 below 12
    assertThat(Svg.ticks(12, 37)).containsExactly(10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0);
    // an empty range still gets an axis that ends above its start: 0..0 spans 1 → step 0.2 up to 1
    List<Double> flat = Svg.ticks(0, 0);
    assertThat(flat).hasSize(6);
    assertThat(flat.get(0)).isEqualTo(0.0);
    assertThat(flat.get(1)).isCloseTo(0.2, within(1e-12));
    assertThat(flat.get(5)).isCloseTo(1.0, within(1e-12));
    // a single value spans itself: 80..80 spans 80 → a fifth 16 → step 20, from 80 to 160
    assertThat(Svg.ticks(80, 80)).containsExactly(80.0, 100.0, 120.0, 140.0, 160.0);
    assertThat(Svg.ticks(0, 1e12)).hasSizeLessThanOrEqualTo(13);
  }

  @Test
  void number_usesKMAndGSuffixes_andTrimsZeros() {
    assertThat(Svg.number(74_460_000)).isEqualTo("74.46M");
    assertThat(Svg.number(1_500_000_000)).isEqualTo("1.5G");
    assertThat(Svg.number(1_000_000_000)).isEqualTo("1G");
    assertThat(Svg.number(1_000_000)).isEqualTo("1M");
    assertThat(Svg.number(25_000)).isEqualTo("25k");
    assertThat(Svg.number(10_000)).isEqualTo("10k");
    assertThat(Svg.number(9_999)).isEqualTo("9999");
    assertThat(Svg.number(350)).isEqualTo("350");
    assertThat(Svg.number(0.5)).isEqualTo("0.5");
    assertThat(Svg.number(0.25)).isEqualTo("0.25");
    assertThat(Svg.number(-0.001)).isEqualTo("0");
    assertThat(Svg.number(-2_000_000)).isEqualTo("-2M");
  }

  @Test
  void pixels_mapTheRangeOntoThePlotArea() {
    // plot: x from LEFT 90 to 800 − 190 = 610 (520 px), y from TOP 50 down to 480 − 70 = 410 (360 px)
    assertThat(Svg.plotWidth()).isEqualTo(520.0);
    assertThat(Svg.plotHeight()).isEqualTo(360.0);
    assertThat(Svg.x(10, 10, 20)).isEqualTo(90.0);
    assertThat(Svg.x(20, 10, 20)).isEqualTo(610.0);
    assertThat(Svg.x(12.5, 10, 20)).isEqualTo(90 + 0.25 * 520);
    assertThat(Svg.y(0, 0, 400)).isEqualTo(410.0);
    assertThat(Svg.y(400, 0, 400)).isEqualTo(50.0);
    assertThat(Svg.y(100, 0, 400)).isEqualTo(410 - 0.25 * 360);
    assertThat(Svg.y(150, 100, 300)).isEqualTo(410 - 0.25 * 360);
  }

  @Test
  void elements_writeTheirAttributes() {
    String svg = new Svg("a \"title\" & <more>").rect(1, 2, 3, 4.567, "#fff", "bar", Svg.data("count", 7L))
        .line(1, 2, 3, 4, "#000", 1.5).dashed(5, 6, 7, 8, "#111").circle(9, 10, 3.5, "#222", "point")
        .polyline(List.of(new double[] {1, 2}, new double[] {3, 4}), "#333", "line", Svg.data("value", 2.5))
        .legend(List.of("x"), List.of("#444")).end();
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"800\" height=\"480\" viewBox=\"0 0 800 480\"")
        .contains("<text x=\"400.00\" y=\"28.00\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">"
            + "a &quot;title&quot; &amp; &lt;more&gt;</text>")
        .contains("<rect class=\"bar\" x=\"1.00\" y=\"2.00\" width=\"3.00\" height=\"4.57\" fill=\"#fff\" data-count=\"7\"/>")
        .contains("<line x1=\"1.00\" y1=\"2.00\" x2=\"3.00\" y2=\"4.00\" stroke=\"#000\" stroke-width=\"1.50\"/>")
        .contains("<line x1=\"5.00\" y1=\"6.00\" x2=\"7.00\" y2=\"8.00\" stroke=\"#111\" stroke-width=\"1.5\""
            + " stroke-dasharray=\"6 4\"/>")
        .contains("<circle class=\"point\" cx=\"9.00\" cy=\"10.00\" r=\"3.50\" fill=\"#222\"/>")
        .contains("points=\"1.00,2.00 3.00,4.00 \" data-value=\"2.5\"/>")
        // legend: a swatch at (800 − 190 + 20, 50 + 10 − 11) and its label 22 px to the right
        .contains("<rect class=\"legend\" x=\"630.00\" y=\"49.00\" width=\"14.00\" height=\"14.00\" fill=\"#444\"/>")
        .contains("<text x=\"652.00\" y=\"61.00\" text-anchor=\"start\" font-size=\"13\" font-weight=\"normal\">x</text>")
        .endsWith("</svg>\n");
  }

  @Test
  void ticks_stepChangesExactlyAtOneAndAHalf_ThreeAndAHalf_andSevenAndAHalf() {
    // a fifth of 7.5 is 1.5: no longer < 1.5, so the step is 2 (not 1)
    assertThat(Svg.ticks(0, 7.5)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
    // a fifth of 17.5 is 3.5: no longer < 3.5, so the step is 5 (not 2)
    assertThat(Svg.ticks(0, 17.5)).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0);
    // a fifth of 37.5 is 7.5: no longer < 7.5, so the step is 10 (not 5)
    assertThat(Svg.ticks(0, 37.5)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
  }

  @Test
  void yAxis_drawsAGridLineAndALabelPerTick_theAxis_andTheTurnedTitle() {
    String svg = new Svg("t").yAxis(List.of(0.0, 50.0, 100.0), 0, 100, "cost <USD & more>").end();
    // tick 50 of 0..100: y = 410 − 0.5 × 360 = 230; its label 8 px left of the axis and 5 px lower
    assertThat(svg)
        .contains("<line x1=\"90.00\" y1=\"230.00\" x2=\"610.00\" y2=\"230.00\" stroke=\"#e0e0e0\"")
        .contains("<text x=\"82.00\" y=\"235.00\" text-anchor=\"end\" font-size=\"13\" font-weight=\"normal\">50</text>")
        .contains("<line x1=\"90.00\" y1=\"410.00\" x2=\"610.00\" y2=\"410.00\" stroke=\"#e0e0e0\"")
        .contains("<text x=\"82.00\" y=\"55.00\" text-anchor=\"end\" font-size=\"13\" font-weight=\"normal\">100</text>")
        // the axis from the top (50) to the bottom (410) of the plot
        .contains("<line x1=\"90.00\" y1=\"50.00\" x2=\"90.00\" y2=\"410.00\" stroke=\"#333333\"")
        // the title, turned, at mid-height: 50 + 360 / 2 = 230
        .contains("<text transform=\"translate(22,230.00) rotate(-90)\" text-anchor=\"middle\" font-size=\"14\">"
            + "cost &lt;USD &amp; more&gt;</text>");
  }

  @Test
  void xAxisLabel_drawsTheAxisAlongTheBottom_andTheTitleCentredBelow() {
    String svg = new Svg("t").xAxisLabel("requests \"per\" month").end();
    // the axis along y = 410 from x 90 to 610; the title at x 90 + 520 / 2 = 350, 18 px above the bottom (480)
    assertThat(svg)
        .contains("<line x1=\"90.00\" y1=\"410.00\" x2=\"610.00\" y2=\"410.00\" stroke=\"#333333\"")
        .contains("<text x=\"350.00\" y=\"462.00\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"normal\">"
            + "requests &quot;per&quot; month</text>");
  }

  @Test
  void legend_stacksItsEntries24PixelsApart() {
    String svg = new Svg("t").legend(List.of("a", "b & c", "d"), List.of("#1", "#2", "#3"))
        .text(1, 2, "chained", "start", 10, "normal").end();
    // entry i: swatch at y 60 + 24 i − 11, label at 60 + 24 i + 1
    assertThat(svg)
        .contains("<rect class=\"legend\" x=\"630.00\" y=\"73.00\" width=\"14.00\" height=\"14.00\" fill=\"#2\"/>")
        .contains("<text x=\"652.00\" y=\"85.00\" text-anchor=\"start\" font-size=\"13\" font-weight=\"normal\">b &amp; c"
            + "</text>")
        .contains("<rect class=\"legend\" x=\"630.00\" y=\"97.00\" width=\"14.00\" height=\"14.00\" fill=\"#3\"/>")
        .contains("<text x=\"652.00\" y=\"109.00\" text-anchor=\"start\" font-size=\"13\" font-weight=\"normal\">d</text>")
        .contains(">chained</text>");
  }
}
