package com.parkops.investment.web;

import com.parkops.investment.TeamRoster;
import com.parkops.investment.TeamRoster.Team;
import com.parkops.investment.web.TeamForms.TargetForm;
import com.parkops.investment.web.TeamForms.TeamForm;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** Investment teams: the list with a new-team form, and one team with its members and targets. */
@Controller
@RequestMapping("/investment/teams")
class TeamPageController {

    private final TeamRoster teams;
    private final Users users;
    private final Zones zones;
    private final ContestPageText text;

    TeamPageController(TeamRoster teams, Users users, Zones zones, ContestPageText text) {
        this.teams = teams;
        this.users = users;
        this.zones = zones;
        this.text = text;
    }

    @InitBinder({"form", "targetForm"})
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "teamId");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", TeamForm.blank());
        return listView(user, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return listView(user, model);
        }
        try {
            Team team = teams.create(user.zoneId(), form.toData(), user.getUsername());
            redirect.addFlashAttribute("flash", text.get("team.flash.created", team.name()));
            return "redirect:/investment/teams/" + team.id();
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return listView(user, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String team(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        Team team = find(user, id);
        model.addAttribute("form", TeamForm.of(team));
        model.addAttribute(
                "targetForm", new TargetForm(zones.today(user.zoneId()).getYear(), null, null, null));
        return teamView(user, team, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Team team = find(user, id);
        model.addAttribute(
                "targetForm", new TargetForm(zones.today(user.zoneId()).getYear(), null, null, null));
        if (result.hasErrors()) {
            return teamView(user, team, model);
        }
        try {
            teams.update(user.zoneId(), id, form.toData(), user.getUsername());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return teamView(user, team, model);
        } catch (ConflictException stale) {
            result.reject("contest.error.stale");
            return teamView(user, team, model);
        }
        redirect.addFlashAttribute("flash", text.get("team.flash.saved"));
        return "redirect:/investment/teams/" + id;
    }

    @PostMapping("/{id}/targets")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String target(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("targetForm") TargetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Team team = find(user, id);
        model.addAttribute("form", TeamForm.of(team));
        if (result.hasErrors()) {
            return teamView(user, team, model);
        }
        try {
            teams.setTarget(user.zoneId(), id, form.toTarget(), user.getUsername());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return teamView(user, team, model);
        }
        redirect.addFlashAttribute("flash", text.get("team.flash.target", String.valueOf(form.year())));
        return "redirect:/investment/teams/" + id;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Team team = find(user, id);
        try {
            teams.delete(user.zoneId(), id, user.getUsername());
            redirect.addFlashAttribute("flash", text.get("team.flash.deleted", team.name()));
            return "redirect:/investment/teams";
        } catch (ConflictException used) {
            redirect.addFlashAttribute("flashError", used.getMessage());
            return "redirect:/investment/teams/" + id;
        }
    }

    private Team find(ZoneUser user, UUID id) {
        return teams.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException(text.get("team.error.notFound")));
    }

    private String listView(ZoneUser user, Model model) {
        choices(user, model);
        model.addAttribute("teams", teams.list(user.zoneId()));
        return "investment/contest/teams";
    }

    private String teamView(ZoneUser user, Team team, Model model) {
        choices(user, model);
        model.addAttribute("team", team);
        model.addAttribute("targets", teams.targets(user.zoneId(), team.id()));
        return "investment/contest/team";
    }

    private void choices(ZoneUser user, Model model) {
        var departments = users.departments(user.zoneId());
        Map<UUID, String> departmentNames =
                departments.stream().collect(Collectors.toMap(Users.Department::id, Users.Department::name));
        model.addAttribute("departments", departments);
        model.addAttribute("departmentNames", departmentNames);
        model.addAttribute(
                "people",
                users.list(user.zoneId()).stream()
                        .filter(u -> u.enabled()
                                && (u.role() == Role.STAFF || u.role() == Role.LEADER || u.role() == Role.ADMIN))
                        .toList());
        model.addAttribute("editable", user.is(Role.STAFF) || user.is(Role.ADMIN));
    }
}
