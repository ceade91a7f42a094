package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorCatalogueEditing;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.TableWorkbook;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator catalogue: every definition with its versions and their effective periods; an
 * administrator adds a zone version of a definition from a given month.
 */
@Controller
@RequestMapping("/indicators/catalogue")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'STEWARD')")
class MonitoringCatalogueController implements MonitoringPage {

    private static final String FORM = "indicators/monitoring/version-form";

    private final IndicatorCatalogue catalogue;
    private final IndicatorCatalogueEditing editing;
    private final MessageSourceAccessor messages;
    private final XlsxText text;

    MonitoringCatalogueController(
            IndicatorCatalogue catalogue, IndicatorCatalogueEditing editing, MessageSource messages, XlsxText text) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.messages = new MessageSourceAccessor(messages);
        this.text = text;
    }

    /** One indicator's versions, each with the last month it was in force (null: still in force). */
    record Version(IndicatorDefinition definition, YearMonth until) {}

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "code");
    }

    @GetMapping
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("versions", versions(user));
        model.addAttribute("canEdit", user.is(Role.ADMIN));
        return "indicators/monitoring/catalogue";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal ZoneUser user, HttpServletResponse response) throws IOException {
        try (TableWorkbook workbook = TableWorkbook.streaming()) {
            workbook.sheet(
                    text.text("monitoring.xlsx.sheet.catalogue"),
                    text.headers(
                            "code",
                            "indicator",
                            "nameEn",
                            "unit",
                            "kind",
                            "definition",
                            "effectiveFrom",
                            "effectiveUntil"));
            for (List<Version> versions : versions(user).values()) {
                for (Version v : versions) {
                    IndicatorDefinition d = v.definition();
                    workbook.row(Arrays.asList(
                            d.code(),
                            d.nameZh(),
                            d.nameEn(),
                            d.unit(),
                            text.text("monitoring.kind." + d.kind().name()),
                            d.definition(),
                            d.effectiveFrom().toString(),
                            v.until() == null ? null : v.until().toString()));
                }
            }
            workbook.send(response, text.text("monitoring.xlsx.file.catalogue") + ".xlsx");
        }
    }

    @GetMapping("/{code}/versions/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newVersion(@AuthenticationPrincipal ZoneUser user, @PathVariable String code, Model model) {
        IndicatorDefinition current = current(user, code);
        model.addAttribute("form", DefinitionForm.from(current, YearMonth.now().plusMonths(1)));
        return form(user, current, model);
    }

    @PostMapping("/{code}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    String addVersion(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String code,
            @Valid @ModelAttribute("form") DefinitionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        IndicatorDefinition current = current(user, code);
        if (result.hasErrors()) {
            return form(user, current, model);
        }
        IndicatorDefinition added;
        try {
            added = editing.addVersion(user.zoneId(), user.getUsername(), form.toChange(current.code()));
        } catch (InvalidInputException refused) {
            for (InputError error : refused.errors()) {
                if (isField(error.field())) {
                    result.rejectValue(error.field(), "invalid", error.message());
                } else {
                    result.reject("invalid", error.message());
                }
            }
            return form(user, current, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("monitoring.catalogue.added", new Object[] {
            added.nameZh(), added.effectiveFrom().toString()
        }));
        return "redirect:/indicators/catalogue#" + added.code();
    }

    private static boolean isField(String field) {
        return List.of("effectiveFrom", "nameZh", "nameEn", "unit", "definition")
                .contains(field);
    }

    private String form(ZoneUser user, IndicatorDefinition current, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("versions", catalogue.versions(user.zoneId(), current.code()));
        return FORM;
    }

    private IndicatorDefinition current(ZoneUser user, String code) {
        return catalogue.current(user.zoneId()).stream()
                .filter(definition -> definition.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such indicator: " + code));
    }

    /** Code → versions oldest first, in catalogue order. */
    private Map<String, List<Version>> versions(ZoneUser user) {
        Map<String, List<Version>> all = new LinkedHashMap<>();
        for (IndicatorDefinition current : catalogue.current(user.zoneId())) {
            List<IndicatorDefinition> versions = catalogue.versions(user.zoneId(), current.code());
            all.put(
                    current.code(),
                    IntStream.range(0, versions.size())
                            .mapToObj(i -> new Version(
                                    versions.get(i),
                                    i + 1 < versions.size()
                                            ? versions.get(i + 1)
                                                    .effectiveFrom()
                                                    .minusMonths(1)
                                            : null))
                            .toList());
        }
        return all;
    }
}
