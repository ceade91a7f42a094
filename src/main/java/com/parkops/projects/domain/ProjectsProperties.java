package com.parkops.projects.domain;

import com.parkops.shared.files.UploadRules;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Installation defaults of project advancement ({@code parkops.projects.*}); a zone overrides the
 * warning days and the order deadline in its settings.
 *
 * @param warnDays an open node is yellow when due within this many days
 * @param orderDays a supervision order's default deadline in working days
 * @param startAfterDays planned start = signed date + this, when neither the plan nor the project gives one
 * @param productionAfterDays planned production = planned start + this, likewise
 * @param slippageCron when open overdue nodes are reported as slipped; {@code -} switches it off
 * @param orderPrefix the order number's prefix: {@code DB} gives {@code DB2026-001}
 * @param maxAttachmentSize per evidence file
 * @param maxAttachments evidence files per node
 * @param contentTypes the evidence file types accepted; by default {@link UploadRules#DEFAULT_CONTENT_TYPES}
 */
@ConfigurationProperties("parkops.projects")
record ProjectsProperties(
        @DefaultValue("7") int warnDays,
        @DefaultValue("5") int orderDays,
        @DefaultValue("90") int startAfterDays,
        @DefaultValue("365") int productionAfterDays,
        @DefaultValue("0 30 6 * * *") String slippageCron,
        @DefaultValue("DB") String orderPrefix,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxAttachments,
        List<String> contentTypes) {

    ProjectsProperties {
        contentTypes = contentTypes == null ? UploadRules.DEFAULT_CONTENT_TYPES : contentTypes;
    }
}
