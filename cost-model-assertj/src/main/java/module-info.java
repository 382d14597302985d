/**
 * AssertJ assertions for costmodel estimates: pin an architecture's monthly cost in a unit test.
 *
 * <pre>{@code
 * CostAssertions.assertThat(scenario.estimate()).totalIsAtMost(Money.usd(500));
 * }</pre>
 */
@SuppressWarnings("requires-automatic")
module dev.costmodel.assertj {
  requires transitive dev.costmodel.api;
  requires transitive org.assertj.core;
  requires static jsr305;

  exports dev.costmodel.assertj;
}
