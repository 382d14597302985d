/**
 * AssertJ assertions for costmodel estimates: pin an architecture's monthly cost in a unit test.
 *
 * <pre>{@code
 * CostAssertions.assertThat(scenario.estimate()).totalIsAtMost(Money.usd(500));
 * }</pre>
 */
module dev.costmodel.assertj {
  requires transitive dev.costmodel.api;
  requires transitive org.assertj.core;

  exports dev.costmodel.assertj;
}
