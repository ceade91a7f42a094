package com.parkops.indicators.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs every {@link QualityRule} over the running batch and adds their findings as warnings. */
@Component
class QualityRuleEngine {

    private static final Logger LOG = LoggerFactory.getLogger(QualityRuleEngine.class);

    private final List<QualityRule> rules;

    QualityRuleEngine(List<QualityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    void run(QualityRule.Context context, Findings warnings) {
        for (QualityRule rule : rules) {
            long started = System.nanoTime();
            QualityRule.Found found = rule.apply(context);
            LOG.debug(
                    "quality rule {}: {} findings in {} ms",
                    rule.getClass().getSimpleName(),
                    found.total(),
                    (System.nanoTime() - started) / 1_000_000);
            warnings.addLimited(found.listed(), found.total());
        }
    }
}
