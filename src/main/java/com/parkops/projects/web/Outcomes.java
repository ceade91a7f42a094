package com.parkops.projects.web;

import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action and turns its outcome into a flash message for the post-redirect-get: the
 * success text, or the refusal (invalid input with every problem, a conflict, a missing right).
 */
@Component
class Outcomes {

    private final MessageSourceAccessor messages;

    Outcomes(MessageSource messages) {
        this.messages = new MessageSourceAccessor(messages);
    }

    /** Runs the action; on success flashes {@code okKey} and returns the action's redirect target, else {@code back}. */
    String run(RedirectAttributes redirect, String okKey, String back, Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("flash", messages.getMessage(okKey));
            return "redirect:" + (target == null ? back : target);
        } catch (InvalidInputException refused) {
            StringBuilder text = new StringBuilder(refused.getMessage());
            for (InputError error : refused.errors()) {
                text.append(' ');
                if (error.row() != null) {
                    text.append(messages.getMessage("projects.error.row", new Object[] {error.row()}));
                }
                text.append(error.message());
            }
            redirect.addFlashAttribute("flashError", text.toString());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        } catch (AccessDeniedException refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage("projects.error.forbidden"));
        } catch (org.springframework.dao.OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("projects.error.stale"));
        }
        return "redirect:" + back;
    }
}
