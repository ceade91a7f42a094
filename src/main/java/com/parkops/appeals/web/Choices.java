package com.parkops.appeals.web;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Category;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the appeal forms and filters offer: categories, departments, types, channels … */
@Component
class Choices {

    /** The channels staff enter appeals from (the portal and Open311 are the enterprise's and machines'). */
    static final List<Channel> STAFF_CHANNELS = Arrays.stream(Channel.values())
            .filter(c -> c != Channel.PORTAL && c != Channel.OPEN311)
            .toList();

    static final List<Channel> MEETING_KINDS =
            Arrays.stream(Channel.values()).filter(Channel::meeting).toList();

    private final AppealCategories categories;
    private final AppealRules rules;
    private final Users users;

    Choices(AppealCategories categories, AppealRules rules, Users users) {
        this.categories = categories;
        this.rules = rules;
        this.users = users;
    }

    /** Department id → name, in name order. */
    Map<UUID, String> departments(UUID zoneId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        users.departments(zoneId).stream()
                .sorted(java.util.Comparator.comparing(Users.Department::name))
                .forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    List<Category> categories(UUID zoneId) {
        return categories.list(zoneId).stream().filter(Category::active).toList();
    }

    /** Whether the user acts for the service centre (dispatches, arbitrates). */
    boolean serviceCentre(ZoneUser user) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        UUID centre = rules.settings(user.zoneId()).serviceCentreDepartmentId();
        return user.is(Role.STAFF)
                && centre != null
                && centre.equals(user.departmentId().orElse(null));
    }

    void addTo(Model model, ZoneUser user) {
        model.addAttribute("categories", categories(user.zoneId()));
        model.addAttribute("departments", departments(user.zoneId()));
        model.addAttribute("types", AppealType.values());
        model.addAttribute("staffChannels", STAFF_CHANNELS);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("states", AppealState.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("serviceCentre", serviceCentre(user));
    }
}
