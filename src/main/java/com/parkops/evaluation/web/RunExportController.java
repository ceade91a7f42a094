package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.io.WorkbookStyles;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every result of a run with its per-indicator breakdown as an XLSX download. */
@Controller
class RunExportController {

    private final EvaluationRuns runs;
    private final MessageSource messages;

    RunExportController(EvaluationRuns runs, MessageSource messages) {
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/evaluation/runs/{id}/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    void export(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        EvaluationRun run =
                runs.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("evaluation run " + id));
        try (ResultWorkbook workbook =
                new ResultWorkbook(run, (key, args) -> messages.getMessage(key, args, key, ResultWorkbook.CHINESE))) {
            runs.forEachResult(user.zoneId(), id, workbook::add);
            response.setContentType(WorkbookStyles.XLSX);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(
                                    messages.getMessage(
                                            "evalpages.xlsx.file",
                                            new Object[] {
                                                String.valueOf(run.year()),
                                                run.schemeName().isBlank()
                                                        ? messages.getMessage(
                                                                "evalpages.run.unnamed", null, ResultWorkbook.CHINESE)
                                                        : run.schemeName()
                                            },
                                            ResultWorkbook.CHINESE),
                                    StandardCharsets.UTF_8)
                            .build()
                            .toString());
            workbook.write(response.getOutputStream());
        }
    }
}
