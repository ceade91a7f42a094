package com.parkops.investment.web;

import com.parkops.investment.ImportCounts;
import com.parkops.investment.PipelineCommands;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page: a refused file lists every error with its row; an accepted one shows the counts. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ProjectImportController {

    private static final String VIEW = "investment/import";

    private final PipelineCommands commands;
    private final MessageSourceAccessor messages;

    ProjectImportController(PipelineCommands commands, MessageSource messages) {
        this.commands = commands;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/investment/import")
    String page() {
        return VIEW;
    }

    @PostMapping("/investment/import")
    String upload(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            model.addAttribute(
                    "errors", List.of(new InputError(null, "file", messages.getMessage("investment.import.noFile"))));
            return VIEW;
        }
        ImportCounts result;
        try (InputStream input = file.getInputStream()) {
            result = commands.importFile(user.zoneId(), user.getUsername(), input);
        } catch (InvalidInputException refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("errors", refused.errors());
            return VIEW;
        } catch (ConflictException | IOException failed) {
            model.addAttribute(
                    "errors",
                    List.of(new InputError(null, "file", messages.getMessage("investment.import.unreadable"))));
            return VIEW;
        }
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage("investment.import.done", new Object[] {result.created(), result.updated()}));
        redirect.addFlashAttribute("result", result);
        return "redirect:/investment/import";
    }
}
