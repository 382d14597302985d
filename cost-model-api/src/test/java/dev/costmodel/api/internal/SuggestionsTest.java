package dev.costmodel.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": edit distance, the allowance of a third of the longer name (at least 2), prefixes. */
class SuggestionsTest {
  @Test
  void distance_isTheLevenshteinDistance() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("ml.m5.xlarge", "ml.m5.xlarge")).isZero();
    assertThat(Suggestions.distance("ml.m5.large", "ml.m5.xlarge")).isEqualTo(1);
  }

  @Test
  void nearest_keepsOnlyTheClosest_withinTheAllowance() {
    List<String> types = List.of("ml.m5.large", "ml.m5.xlarge", "ml.m5.2xlarge", "ml.c5.xlarge");
    // "ml.m5.xlarg": distance 1 to ml.m5.xlarge, 2 to ml.m5.large and ml.c5.xlarge: only the closest
    assertThat(Suggestions.nearest("ml.m5.xlarg", types, 3)).containsExactly("ml.m5.xlarge");
    // ties are listed by name, up to the limit
    assertThat(Suggestions.nearest("ml.x5.xlarge", types, 3)).containsExactly("ml.c5.xlarge", "ml.m5.xlarge");
    assertThat(Suggestions.nearest("ml.x5.xlarge", types, 1)).containsExactly("ml.c5.xlarge");
    // case does not count
    assertThat(Suggestions.nearest("ML.M5.XLARGE", types, 3)).containsExactly("ml.m5.xlarge");
    // a name of 6: allowance max(2, 6 / 3) = 2; "abcdef" vs "abcxyz" is 3 away: nothing
    assertThat(Suggestions.nearest("abcdef", List.of("abcxyz"), 3)).isEmpty();
    assertThat(Suggestions.nearest("abcdef", List.of("abcdxy"), 3)).containsExactly("abcdxy");
    // a name of 9 allows 3
    assertThat(Suggestions.nearest("abcdefghi", List.of("abcdefxyz"), 3)).containsExactly("abcdefxyz");
    assertThat(Suggestions.nearest("abcdefghi", List.of("abcdewxyz"), 3)).isEmpty();
    // a prefix of 3 or more suggests the longer name; a prefix of 2 does not
    assertThat(Suggestions.nearest("ml.", List.of("ml.m5.xlarge"), 3)).containsExactly("ml.m5.xlarge");
    assertThat(Suggestions.nearest("ml", List.of("ml.m5.xlarge"), 3)).isEmpty();
  }

  @Test
  void didYouMean_joinsTheNamesInProse() {
    assertThat(Suggestions.didYouMean("zzzzzz", List.of("abc"))).isEmpty();
    assertThat(Suggestions.didYouMean("abd", List.of("abc"))).isEqualTo("; did you mean abc?");
    assertThat(Suggestions.didYouMean("ab", List.of("aa", "ac"))).isEqualTo("; did you mean aa or ac?");
    assertThat(Suggestions.didYouMean("ab", List.of("aa", "ac", "ad"))).isEqualTo("; did you mean aa, ac or ad?");
  }
}
