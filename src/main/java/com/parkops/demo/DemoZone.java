package com.parkops.demo;

import com.parkops.registry.EnterpriseData;
import com.parkops.registry.ParcelData;
import com.parkops.registry.PatentKind;
import com.parkops.registry.QualificationData;
import com.parkops.registry.ScaleEventKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A generated demo zone, ready to be written through the modules' APIs. */
record DemoZone(
        List<Department> departments, List<String> chains, String leadingChain, List<DemoEnterprise> enterprises) {

    record Department(String name, String shortName) {}

    record ScaleStep(ScaleEventKind kind, YearMonth period, String note) {}

    record DemoEnterprise(
            EnterpriseData data,
            List<ParcelData> parcels,
            List<QualificationData> qualifications,
            Map<Integer, Map<PatentKind, Integer>> patents,
            List<ScaleStep> scaleEvents) {}
}
