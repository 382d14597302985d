/**
 * The advisor: the cheapest architecture that meets a team's constraints, and why.
 *
 * <p>Describe the choices ({@link dev.costmodel.core.advisor.SearchSpace}: topologies, serving, monitoring
 * and retraining options, discounts) and what the design must meet
 * ({@link dev.costmodel.core.advisor.Constraints}: a budget, a latency target, required features, a
 * retraining deadline within a quota); {@link dev.costmodel.core.advisor.Advisor} prices every candidate
 * exactly and answers with an {@link dev.costmodel.core.advisor.Advice}: the cheapest feasible candidates,
 * the Pareto front against one other objective, and why each excluded option was excluded.
 */
@ParametersAreNonnullByDefault
package dev.costmodel.core.advisor;

import javax.annotation.ParametersAreNonnullByDefault;
