package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.UUID;

/**
 * The appeal settings of a zone: the service centre and the deadlines, defaults from {@code
 * parkops.appeals.*}. Without a chosen service centre it is the first department (by name) called
 * like 企业服务中心 or 营商环境.
 */
public interface AppealRules {

    AppealSettings settings(UUID zoneId);

    /** Saves the zone's settings (administrators); invalid values → InvalidInputException. */
    AppealSettings save(ZoneUser admin, AppealSettings settings);
}
