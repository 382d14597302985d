package dev.costmodel.api.price;

import dev.costmodel.api.internal.Suggestions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Thrown when a catalog has no price for a key: an unknown instance type, usage, service, region or
 * provider. The message names the catalog and the nearest known names:
 * {@code unknown instance type 'ml.m5.xlarg' for SageMaker/Training in catalog aws/us-east-1; did you mean
 * ml.m5.xlarge?}
 */
public final class UnknownPriceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> suggestions;

  /** Creates an exception with a message and the nearest known names. */
  public UnknownPriceException(String message, List<String> suggestions) {
    super(message);
    this.suggestions = List.copyOf(suggestions);
  }

  /**
   * Returns the exception for a key the catalog lacks, naming the first part of the key it does not know
   * (service, usage, or the resource, which {@code noun} names: "instance type", "memory size"…).
   */
  public static UnknownPriceException of(PriceCatalog catalog, PriceKey key, String noun) {
    Set<PriceKey> keys = catalog.prices().stream().map(Price::key).collect(Collectors.toSet());
    Set<String> services = names(keys, null, null);
    if (!services.contains(key.service())) {
      return build("unknown service '" + key.service() + "' in catalog " + catalog.name(),
          key.service(), services);
    }
    Set<String> usages = names(keys, key.service(), null);
    if (!usages.contains(key.usage())) {
      return build("unknown usage '" + key.usage() + "' of " + key.service() + " in catalog " + catalog.name(),
          key.usage(), usages);
    }
    Set<String> resources = names(keys, key.service(), key.usage());
    return build("unknown " + noun + " '" + key.resource() + "' for " + key.service() + "/" + key.usage()
        + " in catalog " + catalog.name(), key.resource(), resources);
  }

  /** The nearest known names, nearest first; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }

  private static UnknownPriceException build(String message, String name, Set<String> known) {
    List<String> near = Suggestions.nearest(name, known, 3);
    return new UnknownPriceException(message + Suggestions.didYouMean(name, known), near);
  }

  private static Set<String> names(Set<PriceKey> keys, @Nullable String service, @Nullable String usage) {
    Set<String> names = new TreeSet<>();
    for (PriceKey key : keys) {
      if (service == null) {
        names.add(key.service());
      } else if (usage == null && key.service().equals(service)) {
        names.add(key.usage());
      } else if (key.service().equals(service) && key.usage().equals(usage)) {
        names.add(key.resource());
      }
    }
    return names;
  }
}
