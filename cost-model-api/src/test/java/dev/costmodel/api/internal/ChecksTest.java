package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ProviderLimit;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The checks every builder uses: each returns the value it accepts, and each bound is exactly where it says. */
class ChecksTest {
  private static final ProviderLimit LIMIT = ProviderLimit.hard("AWS", "a test limit", "1 day", "the test");

  @Test
  void acceptedValues_areReturnedUnchanged_atTheBoundItself() {
    assertThat(Checks.nonNegative("f", 0L)).isZero();
    assertThat(Checks.nonNegative("f", 7L)).isEqualTo(7L);
    assertThat(Checks.positive("f", 1L)).isEqualTo(1L);
    assertThat(Checks.nonNegative("f", BigDecimal.ZERO)).isSameAs(BigDecimal.ZERO);
    BigDecimal half = new BigDecimal("0.5");
    assertThat(Checks.positive("f", half)).isSameAs(half);
    assertThat(Checks.fraction("f", BigDecimal.ZERO)).isSameAs(BigDecimal.ZERO);
    assertThat(Checks.fraction("f", BigDecimal.ONE)).isSameAs(BigDecimal.ONE);
    Duration second = Duration.ofSeconds(1);
    assertThat(Checks.positive("f", second)).isSameAs(second);
    assertThat(Checks.nonNegative("f", Duration.ZERO)).isSameAs(Duration.ZERO);
    assertThat(Checks.notBlank("f", "x")).isEqualTo("x");
    assertThat(Checks.finite("f", 0.1)).isEqualByComparingTo("0.1");
    Duration day = Duration.ofDays(1);
    assertThat(Checks.withinLimit("f", day, day, LIMIT, "")).isSameAs(day);
    BigDecimal six = new BigDecimal("6");
    assertThat(Checks.withinLimit("f", six, six, LIMIT, "")).isSameAs(six);
  }

  @Test
  void rejectedValues_nameTheFieldTheBoundAndTheValue() {
    assertThatThrownBy(() -> Checks.nonNegative("f", -1L)).hasMessage("f must be >= 0, but was -1");
    assertThatThrownBy(() -> Checks.positive("f", 0L)).hasMessage("f must be > 0, but was 0");
    assertThatThrownBy(() -> Checks.nonNegative("f", new BigDecimal("-0.1"))).hasMessage("f must be >= 0, but was -0.1");
    assertThatThrownBy(() -> Checks.positive("f", BigDecimal.ZERO)).hasMessage("f must be > 0, but was 0");
    assertThatThrownBy(() -> Checks.fraction("f", new BigDecimal("1.0001")))
        .hasMessage("f must be between 0 and 1, but was 1.0001");
    assertThatThrownBy(() -> Checks.fraction("f", new BigDecimal("-0.0001")))
        .hasMessage("f must be between 0 and 1, but was -0.0001");
    assertThatThrownBy(() -> Checks.positive("f", Duration.ZERO)).hasMessageStartingWith("f must be > 0 s, but was");
    assertThatThrownBy(() -> Checks.positive("f", Duration.ofSeconds(-1))).hasMessageStartingWith("f must be > 0 s");
    assertThatThrownBy(() -> Checks.nonNegative("f", Duration.ofSeconds(-1))).hasMessageStartingWith("f must be >= 0 s");
    assertThatThrownBy(() -> Checks.notBlank("f", " ")).hasMessage("f must not be blank, but was ' '");
    assertThatThrownBy(() -> Checks.finite("f", Double.NaN)).hasMessage("f must be a finite number, but was NaN");
    assertThatThrownBy(() -> Checks.finite("f", Double.NEGATIVE_INFINITY))
        .hasMessage("f must be a finite number, but was -Infinity");
  }

  @Test
  void overALimit_theMessageGivesSecondsAndWholeDays() {
    // 1 day + 1 s is over a 1-day limit: 86,401 s, not whole days
    assertThatThrownBy(() -> Checks.withinLimit("f", Duration.ofSeconds(86_401), Duration.ofDays(1), LIMIT, "split it"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 86,401 s; split it");
    // exactly 2 days: 172,800 s (2 days); exactly 1 day over a half-day limit: 86,400 s (1 day)
    assertThatThrownBy(() -> Checks.withinLimit("f", Duration.ofDays(2), Duration.ofDays(1), LIMIT, ""))
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 172,800 s (2 days)");
    assertThatThrownBy(() -> Checks.withinLimit("f", Duration.ofDays(1), Duration.ofHours(12), LIMIT, ""))
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 86,400 s (1 day)");
    // whole hours are not whole days
    assertThatThrownBy(() -> Checks.withinLimit("f", Duration.ofHours(25), Duration.ofDays(1), LIMIT, ""))
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 90,000 s");
    assertThatThrownBy(() -> Checks.withinLimit("f", Duration.ofMinutes(1441), Duration.ofDays(1), LIMIT, ""))
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 86,460 s");
    assertThatThrownBy(() -> Checks.withinLimit("f", new BigDecimal("6.5"), new BigDecimal("6"), LIMIT, ""))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("f must be <= 1 day (a test limit; AWS: the test), but was 6.5");
  }
}
