package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorImport;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The figures import page: a CSV or XLSX file on a monthly or year-to-date basis. A refused file
 * lists every row error; an accepted one shows its counts and the data-quality warnings. With
 * htmx only the outcome is swapped in (with an upload progress bar); without it the page reloads.
 */
@Controller
@RequestMapping("/indicators/import")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class MonitoringImportController implements MonitoringPage {

    private static final String VIEW = "indicators/monitoring/import";

    private final IndicatorImport imports;
    private final IndicatorCatalogue catalogue;
    private final MessageSourceAccessor messages;
    private final XlsxText text;

    MonitoringImportController(
            IndicatorImport imports, IndicatorCatalogue catalogue, MessageSource messages, XlsxText text) {
        this.imports = imports;
        this.catalogue = catalogue;
        this.messages = new MessageSourceAccessor(messages);
        this.text = text;
    }

    @ModelAttribute("columns")
    List<IndicatorDefinition> columns(@AuthenticationPrincipal ZoneUser user) {
        return catalogue.current(user.zoneId());
    }

    @GetMapping
    String page(Model model, Locale locale) {
        model.addAttribute("basis", "ytd");
        return VIEW;
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "basis", defaultValue = "ytd") String basis,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String view = htmx == null ? VIEW : VIEW + " :: outcome";
        Basis parsed = Basis.parse(basis).orElse(null);
        model.addAttribute("basis", parsed == null ? "ytd" : parsed.name().toLowerCase(Locale.ROOT));
        if (parsed == null) {
            return refused(model, view, null, List.of(error("basis", "monitoring.import.badBasis")));
        }
        if (file == null || file.isEmpty()) {
            return refused(model, view, null, List.of(error("file", "monitoring.import.noFile")));
        }
        ImportResult result;
        try (InputStream input = file.getInputStream()) {
            result = imports.importFile(user.zoneId(), user.getUsername(), parsed, file.getOriginalFilename(), input);
        } catch (InvalidInputException refused) {
            return refused(model, view, refused.getMessage(), refused.errors());
        } catch (IOException unreadable) {
            return refused(model, view, null, List.of(error("file", "monitoring.import.unreadable")));
        }
        String done = messages.getMessage(
                "monitoring.import.done", new Object[] {result.rows(), result.values(), result.warningCount()});
        if (htmx != null) {
            model.addAttribute("result", result);
            model.addAttribute("done", done);
            return view;
        }
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("result", result);
        return "redirect:/indicators/import";
    }

    /** A workbook with the import's Chinese headers: credit code, period, then every indicator. */
    @GetMapping("/template")
    void template(@AuthenticationPrincipal ZoneUser user, HttpServletResponse response) throws IOException {
        List<IndicatorDefinition> definitions = catalogue.current(user.zoneId());
        List<String> headers = new ArrayList<>(text.headers("creditCode", "period"));
        definitions.forEach(definition -> headers.add(definition.nameZh()));
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(text.text("monitoring.xlsx.sheet.template"), headers);
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.notes"),
                    text.headers("code", "indicator", "unit", "kind", "definition"));
            for (IndicatorDefinition d : definitions) {
                workbook.row(Arrays.asList(
                        d.code(),
                        d.nameZh(),
                        d.unit(),
                        text.text("monitoring.kind." + d.kind().name()),
                        d.definition()));
            }
            workbook.send(response, text.text("monitoring.xlsx.file.template") + ".xlsx");
        }
    }

    private static String refused(Model model, String view, String refusal, List<InputError> errors) {
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        return view;
    }

    private InputError error(String field, String key) {
        return new InputError(null, field, messages.getMessage(key));
    }
}
