package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.price.UnitPrice;
import org.junit.jupiter.api.Test;

class ModelStorageTest {
  @Test
  void seedPatternA_storesBinaryGibibytes() {
    // seed report sections 5-3 and 6-2: 100,000 × 20 MB × 6 = 11,718.75 GiB (binary units)
    assertThat(Fixtures.STORAGE.storedGibibytes(100_000)).isEqualByComparingTo("11718.75");
  }

  @Test
  void lineItem_formulaShowsSizeAndTier() {
    LineItem item = Fixtures.STORAGE.lineItems(
        Fixtures.scenario(ModelTopology.perUser()).addComponent(Fixtures.STORAGE).build().context()).get(0);
    assertThat(item.formula()).isEqualTo("100,000 models × 6 versions × 20 MiB = 11,718.75 GiB-months, tiered:"
        + " 11,718.75 × USD 0.023/GiB-month = USD 269.53");
    assertThat(item.unitPrice()).isEqualTo(UnitPrice.perGibibyteMonth(Money.usd("0.023")));
  }

  @Test
  void zeroVersions_isRejected() {
    assertThatThrownBy(() -> ModelStorage.builder().from(Fixtures.STORAGE).versionsRetained(0).build())
        .hasMessage("ModelStorage.versionsRetained must be > 0, but was 0");
  }
}
