package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCatalogTest {
  @Test
  void price_unknownResource_suggestsTheNearest() {
    UnknownPriceException e = catchThrowableOfType(UnknownPriceException.class,
        () -> Fixtures.PRICES.price(PriceKey.of("SageMaker", "Training", "ml.m5.xlarg")));
    assertThat(e).hasMessage(
        "unknown resource 'ml.m5.xlarg' for SageMaker/Training in catalog test/us-east-1; did you mean ml.m5.xlarge?");
    assertThat(e.suggestions()).containsExactly("ml.m5.xlarge");
  }

  @Test
  void price_unknownUsage_namesTheService() {
    assertThatThrownBy(() -> Fixtures.PRICES.price(PriceKey.of("SageMaker", "Trainin", "ml.m5.xlarge")))
        .isInstanceOf(UnknownPriceException.class)
        .hasMessage("unknown usage 'Trainin' of SageMaker in catalog test/us-east-1; did you mean Training?");
  }

  @Test
  void price_unknownService_hasNoSuggestionWhenNothingIsNear() {
    assertThatThrownBy(() -> Fixtures.PRICES.price(PriceKey.of("Kubernetes", "Nodes", "x")))
        .hasMessage("unknown service 'Kubernetes' in catalog test/us-east-1");
  }

  @Test
  void of_duplicateKey_isRejected() {
    Price p = Fixtures.flat("A", "B", "C", "1", PriceUnit.HOUR);
    assertThatThrownBy(() -> PriceCatalog.of("dup", List.of(p, p)))
        .hasMessage("PriceCatalog dup must hold one price per key, but A/B/C appears twice");
  }

  @Test
  void of_mixedCurrencies_isRejected() {
    Price usd = Fixtures.flat("A", "B", "C", "1", PriceUnit.HOUR);
    Price eur = Price.flat(PriceKey.of("A", "B", "D"),
        UnitPrice.of(Money.of(BigDecimal.ONE, "EUR"), PriceUnit.HOUR), Fixtures.SEED);
    assertThatThrownBy(() -> PriceCatalog.of("mixed", List.of(usd, eur)))
        .hasMessage("PriceCatalog mixed must hold prices in one currency, but A/B/D is in EUR and others in USD");
  }

  @Test
  void of_empty_isRejected() {
    assertThatThrownBy(() -> PriceCatalog.of("none", List.of()))
        .hasMessage("PriceCatalog none must hold at least one price, but was empty");
  }

  @Test
  void find_knownKey_returnsIt() {
    assertThat(Fixtures.PRICES.find(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge"))).isPresent();
    assertThat(Fixtures.PRICES.currency()).isEqualTo(Money.USD);
  }
}
