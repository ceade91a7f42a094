package com.parkops.appeals.domain;

import com.parkops.shared.events.ProjectNodeSlipped;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears project nodes found late (published by the projects module) once their transaction
 * committed, and keeps the worst slippage per node for the 蜗牛奖 node rule, in a transaction of its
 * own so a failure here never undoes the projects' work. Not audited: it is a copy of what the
 * projects module recorded (and audited), replayed whenever a node is checked again.
 */
@Component
class NodeSlippageListener {

    private static final Logger LOG = LoggerFactory.getLogger(NodeSlippageListener.class);

    private final NodeSlippageStore store;
    private final Clock clock;

    NodeSlippageListener(NodeSlippageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProjectNodeSlipped event) {
        if (event.daysLate() <= 0) {
            LOG.debug("node {} not late ({} days), ignored", event.nodeId(), event.daysLate());
            return;
        }
        store.record(event, clock.instant());
    }
}
