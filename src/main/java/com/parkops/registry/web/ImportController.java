package com.parkops.registry.web;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.ImportResult;
import com.parkops.registry.RegistryFiles;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page. A refused file lists every error with its row; an accepted one shows the
 * counts. With htmx only the outcome is swapped in; without it the page reloads (after a
 * redirect on success).
 */
@Controller
@RequestMapping("/registry/import")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ImportController implements RegistryPage {

    private static final String VIEW = "registry/import";

    private final EnterpriseCommands commands;
    private final RegistryFiles files;
    private final MessageSourceAccessor messages;

    ImportController(EnterpriseCommands commands, RegistryFiles files, MessageSource messages) {
        this.commands = commands;
        this.files = files;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping
    String page() {
        return VIEW;
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String view = htmx == null ? VIEW : VIEW + " :: outcome";
        if (file == null || file.isEmpty()) {
            model.addAttribute(
                    "errors", List.of(new InputError(null, "file", messages.getMessage("registry.import.noFile"))));
            return view;
        }
        ImportResult result;
        try (InputStream input = file.getInputStream()) {
            result = commands.importFile(user.zoneId(), user.getUsername(), input);
        } catch (InvalidInputException refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("errors", refused.errors());
            return view;
        } catch (ConflictException raced) {
            model.addAttribute("errors", List.of(new InputError(null, "file", raced.getMessage())));
            return view;
        } catch (IOException unreadable) {
            model.addAttribute(
                    "errors", List.of(new InputError(null, "file", messages.getMessage("registry.import.unreadable"))));
            return view;
        }
        String done = messages.getMessage("registry.import.done", new Object[] {result.created(), result.updated()});
        if (htmx != null) {
            model.addAttribute("result", result);
            model.addAttribute("done", done);
            return view;
        }
        redirect.addFlashAttribute("flash", done);
        redirect.addFlashAttribute("result", result);
        return "redirect:/registry/import";
    }

    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(EnterpriseListController.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(messages.getMessage("registry.import.templateFile"), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        files.templateXlsx(response.getOutputStream());
    }
}
