package com.parkops.indicators;

import java.util.List;

/**
 * A page of the enterprises behind a figure, largest contribution share first (then largest
 * change, then largest figure).
 *
 * @param totals the scope's figure, exactly as {@link IndicatorAnalysis#summary} answers it for
 *     the same group
 * @param enterprises how many enterprises reported the indicator in either year in the scope
 */
public record ContributionPage(
        ContributionQuery query, SummaryRow totals, long enterprises, int offset, List<Contribution> rows) {

    public ContributionPage {
        rows = List.copyOf(rows);
    }
}
