package com.parkops.dashboard.web;

import com.parkops.registry.RegistryStatistics;
import com.parkops.registry.RegistryStatistics.ChainScaleCount;
import com.parkops.registry.Scale;
import com.parkops.zone.ZoneUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: the zone at a glance, and what needs attention soon. */
@Controller
class HomeController {

    private static final int EXPIRING_SHOWN = 12;

    private final RegistryStatistics statistics;

    HomeController(RegistryStatistics statistics) {
        this.statistics = statistics;
    }

    /** The chart's series: per chain, how many 规上 and 规下 enterprises. */
    record ChainChart(List<String> chains, List<Long> above, List<Long> below, long totalAbove, long totalBelow) {}

    @GetMapping("/")
    String home(@AuthenticationPrincipal ZoneUser user, Model model) {
        var only = user.enterpriseId().orElse(null);
        model.addAttribute("expiring", statistics.expiringQualifications(user.zoneId(), only, EXPIRING_SHOWN));
        if (user.role().seesWholeZone()) {
            model.addAttribute("chart", chart(statistics.countsByChainAndScale(user.zoneId())));
        }
        return "dashboard/home";
    }

    static ChainChart chart(List<ChainScaleCount> counts) {
        Map<String, long[]> byChain = new LinkedHashMap<>();
        for (ChainScaleCount count : counts) {
            long[] pair = byChain.computeIfAbsent(count.chain() == null ? "" : count.chain(), chain -> new long[2]);
            pair[count.scale() == Scale.ABOVE ? 0 : 1] += count.enterprises();
        }
        List<String> chains = new ArrayList<>(byChain.keySet());
        List<Long> above = chains.stream().map(chain -> byChain.get(chain)[0]).toList();
        List<Long> below = chains.stream().map(chain -> byChain.get(chain)[1]).toList();
        return new ChainChart(
                chains,
                above,
                below,
                above.stream().mapToLong(Long::longValue).sum(),
                below.stream().mapToLong(Long::longValue).sum());
    }
}
