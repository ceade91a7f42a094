package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorImport;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.TabularReader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One batch from rows to stored figures, inside the caller's transaction: header, streaming
 * validation into the COPY staging table, the checks that need SQL, then revisions, merged values
 * and quality warnings. Throws {@link InvalidInputException} with every error before anything is
 * stored; the caller's rollback discards the staging tables.
 */
@Component
class ImportPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ImportPipeline.class);

    /** Where rows come from: a file, or a list of submitted figures. */
    @FunctionalInterface
    interface RowSource {
        void read(TabularReader.RowHandler handler) throws IOException;
    }

    /** A batch as it is recorded. */
    record Batch(UUID zoneId, String actor, String source, Basis basis, String fileName, String status) {}

    /** What a successful run stored. */
    record Outcome(UUID batchId, int rows, long values, Findings warnings) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IndicatorCatalogue catalogue;
    private final ValueMerge merge;
    private final QualityRuleEngine rules;
    private final MessageSource messages;
    private final ImportProperties properties;

    ImportPipeline(
            JdbcClient jdbc,
            DataSource dataSource,
            IndicatorCatalogue catalogue,
            ValueMerge merge,
            QualityRuleEngine rules,
            MessageSource messages,
            ImportProperties properties) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.merge = merge;
        this.rules = rules;
        this.messages = messages;
        this.properties = properties;
    }

    Outcome run(Batch batch, RowSource source) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Findings errors = new Findings(messages, locale, IndicatorImport.MAX_LISTED);
        Findings warnings = new Findings(messages, locale, IndicatorImport.MAX_LISTED);
        jdbc.sql("set local work_mem = '" + properties.workMemMegabytes() + "MB'")
                .update();
        merge.lockZone(batch.zoneId());

        Steps steps = new Steps();
        Reader reader = new Reader(catalogue.current(batch.zoneId()), errors);
        try {
            source.read(reader::row);
            reader.finish();
        } catch (IOException | IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            // a broken workbook (POI reports some as IllegalArgumentException) or an upload cut
            // short: the file as a whole is refused
            errors.add(null, "file", "indicators.import.unreadable", String.valueOf(e.getMessage()));
            throw refused(errors);
        } finally {
            reader.close();
        }
        if (reader.header == null) {
            throw refused(errors);
        }
        List<ImportHeader.Column> columns = reader.header.columns();
        if (reader.parser.rows() == 0 && errors.isEmpty()) {
            errors.add(null, "file", "indicators.import.empty");
        }
        steps.rows = reader.parser.rows();
        steps.done("read and staged");
        merge.prepare(batch.zoneId(), columns);
        merge.unknownCodes(IndicatorImport.MAX_LISTED, errors);
        merge.duplicateRows(IndicatorImport.MAX_LISTED, errors);
        steps.done("validated");
        if (!errors.isEmpty()) {
            throw refused(errors);
        }

        UUID batchId = UUID.randomUUID();
        long values = merge.explode(columns);
        insertBatch(batchId, batch, reader.parser.rows(), values);
        merge.recordRevisions(batch.zoneId(), batchId, columns, batch.status());
        steps.done("revisions");
        if ("ACCEPTED".equals(batch.status())) {
            merge.mergeValues(batch.zoneId(), batchId, batch.basis(), values >= properties.analyzeAfter());
        }
        steps.done("merged");
        rules.run(new QualityRule.Context(batch.zoneId(), columns, IndicatorImport.MAX_LISTED), warnings);
        steps.done("quality rules");
        jdbc.sql("update indicators.batch set warning_count = :count where zone_id = :zone and id = :id")
                .param("count", warnings.count())
                .param("zone", batch.zoneId())
                .param("id", batchId)
                .update();
        return new Outcome(batchId, reader.parser.rows(), values, warnings);
    }

    /** Logs how long each step of a batch took, for tuning large imports. */
    private static final class Steps {
        private int rows;
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            LOG.info("indicator batch of {} rows: {} in {} ms", rows, step, (now - last) / 1_000_000);
            last = now;
        }
    }

    private InvalidInputException refused(Findings errors) {
        return new InvalidInputException(
                errors.message(
                        "indicators.import.refused",
                        errors.count(),
                        errors.listed().size()),
                errors.listed());
    }

    private void insertBatch(UUID batchId, Batch batch, int rows, long values) {
        jdbc.sql("""
                insert into indicators.batch (zone_id, id, source, basis, actor, file_name, row_count, value_count)
                values (:zone, :id, :source, :basis, :actor, :file, :rows, :values)
                """)
                .param("zone", batch.zoneId())
                .param("id", batchId)
                .param("source", batch.source())
                .param("basis", batch.basis().name())
                .param("actor", batch.actor())
                .param("file", batch.fileName())
                .param("rows", rows)
                .param("values", values)
                .update();
    }

    /** Receives the rows: the first non-blank one is the header, the rest are parsed and staged. */
    private final class Reader {
        private final List<IndicatorDefinition> definitions;
        private final Findings errors;
        private ImportHeader header;
        private StagingTable staging;
        private RowParser parser;
        private boolean headerSeen;

        Reader(List<IndicatorDefinition> definitions, Findings errors) {
            this.definitions = definitions;
            this.errors = errors;
        }

        void row(int rowNumber, List<String> cells) {
            if (!headerSeen) {
                headerSeen = true;
                header = ImportHeader.parse(cells, definitions, errors);
                if (header != null) {
                    staging =
                            StagingTable.open(jdbc, dataSource, header.columns().size());
                    parser = new RowParser(header, staging, errors);
                }
            } else if (parser != null) {
                parser.row(rowNumber, cells);
            }
        }

        void finish() {
            if (!headerSeen) {
                errors.add(null, "file", "indicators.import.empty");
            }
            if (staging != null) {
                staging.finish();
            }
        }

        void close() {
            if (staging != null) {
                staging.close();
            }
        }
    }
}
