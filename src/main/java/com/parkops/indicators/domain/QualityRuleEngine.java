package com.parkops.indicators.domain;

import java.util.List;
import org.springframework.stereotype.Component;

/** Runs every {@link QualityRule} over the running batch and adds their findings as warnings. */
@Component
class QualityRuleEngine {

    private final List<QualityRule> rules;

    QualityRuleEngine(List<QualityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void run(QualityRule.Context context, Findings warnings) {
        for (QualityRule rule : rules) {
            QualityRule.Found found = rule.apply(context);
            warnings.addLimited(found.listed(), found.total());
        }
    }
}
