package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.DataQuality;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorImport;
import com.parkops.indicators.ReportedRow;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.io.TabularReader;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ImportService implements IndicatorImport, DataQuality {

    private final ImportPipeline pipeline;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ImportService(ImportPipeline pipeline, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.pipeline = pipeline;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    @Transactional
    public ImportResult importFile(UUID zoneId, String actor, Basis basis, String fileName, InputStream content)
            throws IOException {
        var batch = new ImportPipeline.Batch(zoneId, actor, "IMPORT", basis, fileName, "ACCEPTED");
        ImportPipeline.Outcome outcome = pipeline.run(batch, handler -> TabularReader.read(content, handler));
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        changes.put("basis", new AuditEntry.Change(null, basis.name()));
        changes.put("file", new AuditEntry.Change(null, fileName));
        changes.put("rows", new AuditEntry.Change(null, outcome.rows()));
        changes.put("values", new AuditEntry.Change(null, outcome.values()));
        changes.put("warnings", new AuditEntry.Change(null, outcome.warnings().count()));
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "indicator-batch",
                outcome.batchId().toString(),
                "import",
                "导入经济指标 %d 行、%d 个数值（%s）".formatted(outcome.rows(), outcome.values(), basis.name()),
                changes));
        return result(outcome);
    }

    @Override
    public List<InputError> check(UUID zoneId, Basis basis, List<ReportedRow> rows) {
        var batch = new ImportPipeline.Batch(zoneId, "check", "SUBMISSION", basis, null, "ACCEPTED");
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                return positions(
                        pipeline.run(batch, new ReportedRows(rows)).warnings().listed());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.getMessage(), positions(e.errors()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Row numbers of the synthetic table (header = 1) back to positions in the list (first = 1). */
    private static List<InputError> positions(List<InputError> findings) {
        return findings.stream()
                .map(f -> new InputError(f.row() == null || f.row() < 2 ? null : f.row() - 1, f.field(), f.message()))
                .toList();
    }

    static ImportResult result(ImportPipeline.Outcome outcome) {
        return new ImportResult(
                outcome.rows(),
                outcome.values(),
                outcome.warnings().listed(),
                outcome.warnings().count());
    }
}
