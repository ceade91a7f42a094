package com.parkops.registry.web;

import com.parkops.registry.LandTenure;
import com.parkops.registry.LandUse;
import com.parkops.registry.ParcelData;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A land parcel to add; the area is in m². */
record ParcelForm(
        @Size(max = 100, message = "{registry.validation.tooLong}")
        String certificateNo,

        @NotNull(message = "{registry.error.required}")
        @DecimalMin(value = "0", message = "{registry.error.negative}")
        @Digits(integer = 12, fraction = 2, message = "{registry.error.area}")
        BigDecimal areaM2,

        LandUse landUse,
        LandTenure tenure,

        @Size(max = 500, message = "{registry.validation.tooLong}")
        String note) {

    static ParcelForm empty() {
        return new ParcelForm(null, null, LandUse.INDUSTRIAL, LandTenure.OWNED, null);
    }

    ParcelData toData() {
        return new ParcelData(certificateNo, areaM2, landUse, tenure, note);
    }
}
