package com.parkops.projects.web;

import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shared handling of land-quota and campaign input: the version every change names, unreadable
 * fields, refusals, and the post-redirect-get step around a change.
 */
final class LandInput {

    private LandInput() {}

    /** The version a change names; a change without one is refused. */
    static int version(Integer version, MessageSourceAccessor messages) {
        if (version == null) {
            throw new InvalidInputException(
                    messages.getMessage("land.error.invalid"),
                    List.of(new InputError(null, "version", messages.getMessage("land.error.required"))));
        }
        return version;
    }

    /** Fields the form could not read (a word for a number, a malformed date) refuse the whole form. */
    static void readable(BindingResult binding, MessageSourceAccessor messages) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(
                    messages.getMessage("land.error.invalid"),
                    binding.getFieldErrors().stream()
                            .map(e -> new InputError(null, e.getField(), messages.getMessage("land.error.format")))
                            .toList());
        }
    }

    /** A refused form's problems for the page: field → message, and the headline. */
    static void refused(Model model, InvalidInputException refused) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (InputError error : refused.errors()) {
            byField.merge(error.field(), error.message(), (a, b) -> a + " " + b);
        }
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("flashError", refused.getMessage());
    }

    /**
     * Runs a change on a record's page: done, back to {@code target} with the flash; refused
     * input, the page again ({@code refusedPage}, rendered with the problems); a conflict (stale
     * version, illegal move), back to {@code target} with the reason.
     */
    static String step(
            Model model,
            RedirectAttributes redirect,
            MessageSourceAccessor messages,
            String flashKey,
            String target,
            Runnable change,
            Supplier<String> refusedPage) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", messages.getMessage(flashKey));
        } catch (InvalidInputException refused) {
            refused(model, refused);
            return refusedPage.get();
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("flashError", conflict.getMessage());
        }
        return "redirect:" + target;
    }
}
