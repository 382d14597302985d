/**
 * Prices and where they come from: a {@link dev.costmodel.api.price.PriceCatalog} of dated, sourced
 * {@link dev.costmodel.api.price.Price}s, each flat or in {@link dev.costmodel.api.price.PriceTier tiers},
 * found by a {@link dev.costmodel.api.price.PriceKey} ({@code SageMaker/Training/ml.m5.xlarge}) and quoted as
 * a {@link dev.costmodel.api.price.UnitPrice} per {@link dev.costmodel.api.price.PriceUnit}. Catalogs can be
 * overlaid with your own prices and discounts; the bundled ones live in the core module.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@CostModelStyle
package dev.costmodel.api.price;

import dev.costmodel.api.internal.CostModelStyle;
import javax.annotation.ParametersAreNonnullByDefault;
