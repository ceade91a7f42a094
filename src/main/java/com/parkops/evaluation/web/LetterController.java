package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationLetters;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result letters (评价结果告知书) as Word documents, under the pages and the API alike. Staff and
 * leaders get any enterprise's letter and every letter of a run as one zip; an enterprise user
 * only its own, and only once the run is published (otherwise 404, as if it did not exist).
 */
@RestController
class LetterController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ZIP = "application/zip";

    private final EvaluationRuns runs;
    private final EvaluationLetters letters;
    private final EvaluationText text;

    LetterController(EvaluationRuns runs, EvaluationLetters letters, EvaluationText text) {
        this.runs = runs;
        this.letters = letters;
        this.text = text;
    }

    @GetMapping({
        "/evaluation/runs/{id}/letters/{creditCode}.docx",
        "/api/v1/evaluation/runs/{id}/letters/{creditCode}.docx"
    })
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    void letter(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable String creditCode,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        EvaluationRun run = runs.find(user.zoneId(), id).orElseThrow(() -> notFound(id));
        EvaluationResult result = letters.result(user.zoneId(), id, creditCode).orElseThrow(() -> notFound(id));
        if (user.is(Role.ENTERPRISE)
                && (!published(run)
                        || !user.enterpriseId()
                                .map(result.enterpriseId()::equals)
                                .orElse(false))) {
            throw notFound(id);
        }
        // one letter is small: build it first, so that a failure still answers with a proper error
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        letters.write(user.zoneId(), run, result, locale, docx);
        response.setContentType(DOCX);
        response.setContentLength(docx.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(EvaluationLetters.fileName(result)));
        docx.writeTo(response.getOutputStream());
    }

    @GetMapping({"/evaluation/runs/{id}/letters.zip", "/api/v1/evaluation/runs/{id}/letters.zip"})
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    void all(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Locale locale, HttpServletResponse response)
            throws IOException {
        EvaluationRun run = runs.find(user.zoneId(), id).orElseThrow(() -> notFound(id));
        response.setContentType(ZIP);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                attachment(text.get("consequences.letter.zipName", String.valueOf(run.year()))));
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            letters.writeAll(user.zoneId(), run, locale, zip);
        }
    }

    private static boolean published(EvaluationRun run) {
        return run.status() == RunStatus.PUBLISHED || run.status() == RunStatus.FINAL;
    }

    /** {@code attachment; filename*=UTF-8''…} (RFC 5987), so that Chinese names survive. */
    private static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("evaluation run " + id);
    }
}
