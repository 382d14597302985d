/**
 * The Azure components and their formulas: Azure Machine Learning compute for training and batch jobs
 * ({@link dev.costmodel.api.azure.AzureMLCompute}), managed online endpoints
 * ({@link dev.costmodel.api.azure.AzureOnlineEndpoint}) and Azure Functions on the consumption plan
 * ({@link dev.costmodel.api.azure.AzureFunctions}), each priced from an Azure catalog
 * ({@code PriceCatalogs.azureEastUs()}), with Azure's limits ({@link dev.costmodel.api.azure.AzureLimits}) checked
 * when a scenario is built.
 *
 * <p>Every type here is immutable and thread-safe, and rejects {@code null} arguments.
 */
@ParametersAreNonnullByDefault
@CostModelStyle
package dev.costmodel.api.azure;

import dev.costmodel.api.internal.CostModelStyle;
import javax.annotation.ParametersAreNonnullByDefault;
