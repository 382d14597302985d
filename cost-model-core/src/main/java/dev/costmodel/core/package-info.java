/**
 * Price catalogs: the bundled, dated and sourced ones ({@link dev.costmodel.core.PriceCatalogs}) and the
 * file format they are read from and written to.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.core;

import javax.annotation.ParametersAreNonnullByDefault;
