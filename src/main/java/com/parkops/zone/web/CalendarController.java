package com.parkops.zone.web;

import com.parkops.shared.InvalidInputException;
import com.parkops.zone.HolidayCalendars;
import com.parkops.zone.HolidayCalendars.Day;
import com.parkops.zone.HolidayCalendars.Kind;
import com.parkops.zone.HolidayCalendars.Year;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holiday calendar (节假日设置) of one year: twelve month grids with official holidays and
 * adjusted working weekends; administrators add and remove days or return the year to the
 * installation defaults, leaders and staff read it.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final HolidayCalendars calendars;
    private final Zones zones;
    private final MessageSource messages;

    CalendarController(HolidayCalendars calendars, Zones zones, MessageSource messages) {
        this.calendars = calendars;
        this.zones = zones;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String show(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = shownYear(user, year);
        Year calendar = calendars.year(user.zoneId(), shown);
        model.addAttribute("form", CalendarDayForm.empty(calendar.version()));
        return page(user, calendar, model);
    }

    @PostMapping("/days")
    @PreAuthorize("hasRole('ADMIN')")
    String add(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam int year,
            @ModelAttribute("form") CalendarDayForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!result.hasErrors()) {
            try {
                calendars.add(
                        admin.zoneId(),
                        year,
                        form.kind(),
                        new Day(form.day(), form.name()),
                        form.version(),
                        admin.getUsername());
                redirect.addFlashAttribute(
                        "flash", messages.getMessage("calendar.added", new Object[] {form.day()}, locale));
                return redirectTo(year);
            } catch (InvalidInputException e) {
                e.errors()
                        .forEach(error -> result.addError(
                                new FieldError("form", error.field(), null, false, null, null, error.message())));
            } catch (OptimisticLockingFailureException e) {
                return stale(year, redirect, locale);
            }
        }
        return page(admin, calendars.year(admin.zoneId(), year), model);
    }

    @PostMapping("/days/remove")
    @PreAuthorize("hasRole('ADMIN')")
    String remove(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            calendars.remove(admin.zoneId(), year, day, version, admin.getUsername());
        } catch (OptimisticLockingFailureException e) {
            return stale(year, redirect, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("calendar.removed", new Object[] {day}, locale));
        return redirectTo(year);
    }

    @PostMapping("/reset")
    @PreAuthorize("hasRole('ADMIN')")
    String reset(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam int year,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            calendars.reset(admin.zoneId(), year, version, admin.getUsername());
        } catch (OptimisticLockingFailureException e) {
            return stale(year, redirect, locale);
        }
        redirect.addFlashAttribute(
                "flash", messages.getMessage("calendar.resetDone", new Object[] {String.valueOf(year)}, locale));
        return redirectTo(year);
    }

    private String page(ZoneUser user, Year calendar, Model model) {
        LocalDate today = zones.today(user.zoneId());
        model.addAttribute("calendar", calendar);
        model.addAttribute("months", CalendarView.months(calendar, today));
        model.addAttribute("runs", CalendarView.runs(calendar));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("canEdit", user.is(Role.ADMIN));
        model.addAttribute("firstYear", HolidayCalendars.FIRST_YEAR);
        model.addAttribute("lastYear", HolidayCalendars.LAST_YEAR);
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return "zone/calendar";
    }

    private int shownYear(ZoneUser user, Integer year) {
        if (year == null || year < HolidayCalendars.FIRST_YEAR || year > HolidayCalendars.LAST_YEAR) {
            return zones.today(user.zoneId()).getYear();
        }
        return year;
    }

    private String stale(int year, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashError", messages.getMessage("common.version.conflict", null, locale));
        return redirectTo(year);
    }

    private static String redirectTo(int year) {
        return "redirect:/admin/calendar?year=" + year;
    }
}
