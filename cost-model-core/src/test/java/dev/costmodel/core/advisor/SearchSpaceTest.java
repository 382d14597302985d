package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import org.junit.jupiter.api.Test;

/** The space's dimensions, defaults, size and the messages for a space that cannot be searched. */
class SearchSpaceTest {
  static SearchSpace.Builder minimal() {
    return SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topologies(ModelTopology.shared()).addServing(Option.of("sls", SeedFixtures.SERVERLESS));
  }

  @Test
  void defaults_listPrices_noMonitor_noRetraining_noFixed() {
    SearchSpace space = minimal().build();
    assertThat(space.prices()).isSameAs(PriceCatalogs.awsUsEast1());
    assertThat(space.workload()).isSameAs(SeedFixtures.WORKLOAD);
    assertThat(space.topologies()).containsExactly(ModelTopology.shared());
    assertThat(space.discounts()).containsExactly(SearchSpace.LIST_PRICES);
    assertThat(space.prices(SearchSpace.LIST_PRICES)).isSameAs(space.prices());
    assertThat(space.fixed()).isEmpty();
    assertThat(space.monitoring()).extracting(Option::label).containsExactly("no drift monitor");
    assertThat(space.monitoring().get(0).components()).isEmpty();
    assertThat(space.retraining()).extracting(Option::label).containsExactly("no retraining");
    assertThat(space.retraining().get(0).components()).isEmpty();
    assertThat(space.size()).isEqualTo(1);
  }

  @Test
  void size_isTheProductOfTheDimensions() {
    PriceCatalog other = PriceCatalogs.awsUsEast1();
    SearchSpace space = minimal().topologies(ModelTopology.perUser(), ModelTopology.perGroup(200))
        .addServing(Option.of("rt", SeedFixtures.REALTIME))
        .addMonitoring(Option.none("none"), Option.of("custom", SeedFixtures.monitor(
            dev.costmodel.api.aws.DriftMonitor.Kind.CUSTOM_PROCESSING)))
        .addRetraining(Option.of("monthly", SeedFixtures.RETRAIN), Option.of("weekly",
            SeedFixtures.RETRAIN.withRunsPerMonth(new java.math.BigDecimal("5.2"))), Option.none("never"))
        .addDiscount(SearchSpace.LIST_PRICES, c -> c).addDiscount("plan", c -> other)
        .addFixed(SeedFixtures.STORAGE).build();
    // 3 topologies × 2 discounts × 2 serving × 2 monitoring × 3 retraining = 72
    assertThat(space.size()).isEqualTo(72);
    assertThat(space.discounts()).containsExactly(SearchSpace.LIST_PRICES, "plan");
    assertThat(space.prices("plan")).isSameAs(other);
    assertThat(space.fixed()).containsExactly(SeedFixtures.STORAGE);
    assertThat(space.serving()).extracting(Option::label).containsExactly("sls", "rt");
    assertThat(space.monitoring()).extracting(Option::label).containsExactly("none", "custom");
    assertThat(space.retraining()).extracting(Option::label).containsExactly("monthly", "weekly", "never");
  }

  @Test
  void size_doesNotOverflowAnInt() {
    // 50,000 topologies × 5 discounts × 3 serving × 3 monitoring = 2,250,000; × 1,000 would overflow an int,
    // but the retraining dimension is what makes it large: 50,000 × 5 × 3 × 3 × 1,000 = 2,250,000,000
    SearchSpace.Builder builder = minimal().perGroup(2, 50_000, 1)
        .addServing(Option.none("b"), Option.none("c"))
        .addMonitoring(Option.none("m1"), Option.none("m2"), Option.none("m3"));
    for (int d = 0; d < 5; d++) {
      builder.addDiscount("d" + d, c -> c);
    }
    for (int r = 0; r < 1000; r++) {
      builder.addRetraining(Option.none("r" + r));
    }
    // topologies: shared() plus perGroup(2..50,000) = 1 + 49,999 = 50,000
    assertThat(builder.build().size()).isEqualTo(2_250_000_000L);
  }

  @Test
  void perGroup_addsEveryStep_inclusive() {
    SearchSpace space = SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .perGroup(10, 30, 10).perGroup(5, 5, 1).perGroup(1, 8, 3)
        .addServing(Option.of("sls", SeedFixtures.SERVERLESS)).build();
    assertThat(space.topologies()).containsExactly(ModelTopology.perGroup(10), ModelTopology.perGroup(20),
        ModelTopology.perGroup(30), ModelTopology.perGroup(5), ModelTopology.perGroup(1), ModelTopology.perGroup(4),
        ModelTopology.perGroup(7));
  }

  @Test
  void perGroup_badRange_saysWhatWasGiven() {
    String rule = "SearchSpace.perGroup must have 1 <= first <= last and step >= 1, but was ";
    assertThatThrownBy(() -> SearchSpace.builder().perGroup(0, 5, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rule + "first 0, last 5, step 1");
    assertThatThrownBy(() -> SearchSpace.builder().perGroup(6, 5, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rule + "first 6, last 5, step 1");
    assertThatThrownBy(() -> SearchSpace.builder().perGroup(1, 5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rule + "first 1, last 5, step 0");
  }

  @Test
  void missingOrRepeatedParts_getMessagesThatSayTheFix() {
    assertThatThrownBy(() -> SearchSpace.builder().workload(SeedFixtures.WORKLOAD).topologies(ModelTopology.shared())
            .addServing(Option.of("sls", SeedFixtures.SERVERLESS)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.prices must be set, but was not; set it with prices(catalog)");
    assertThatThrownBy(() -> SearchSpace.builder().prices(PriceCatalogs.awsUsEast1())
            .topologies(ModelTopology.shared()).addServing(Option.of("sls", SeedFixtures.SERVERLESS)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.workload must be set, but was not; set it with workload(...)");
    assertThatThrownBy(() -> SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
            .addServing(Option.of("sls", SeedFixtures.SERVERLESS)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.topologies must hold at least one choice, but was empty; add one with"
            + " topologies(ModelTopology.shared(), ...)");
    assertThatThrownBy(() -> minimal().addMonitoring(Option.none("m"), Option.none("m")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.monitoring labels must be distinct, but 'm' is there twice; a candidate is named by"
            + " its labels");
    assertThatThrownBy(() -> minimal().addRetraining(Option.none("r"), Option.none("s"), Option.none("r")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.retraining labels must be distinct, but 'r' is there twice; a candidate is named by"
            + " its labels");
    assertThatThrownBy(() -> minimal().addDiscount("plan", c -> c).addDiscount("plan", c -> c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SearchSpace.discounts must be distinct, but 'plan' is there twice");
    // the same label in two dimensions is fine: a candidate's name says which is which
    assertThat(minimal().addMonitoring(Option.none("sls")).addRetraining(Option.none("sls")).build().size())
        .isEqualTo(1);
  }
}
