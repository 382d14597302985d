/**
 * Helpers shared by the api and core modules; not part of the public API (exported to core only).
 */
@ParametersAreNonnullByDefault
package dev.costmodel.api.internal;

import javax.annotation.ParametersAreNonnullByDefault;
