package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;

/** A bonus or penalty item row of a pool in the scheme form. */
class SchemeItemRow {

    private String code;
    private String name;
    private BigDecimal points;
    private String qualification;

    static SchemeItemRow of(Scheme.Item item) {
        SchemeItemRow row = new SchemeItemRow();
        row.code = item.code();
        row.name = item.name();
        row.points = SchemeNumbers.plain(item.points());
        row.qualification = item.qualification();
        return row;
    }

    Scheme.Item toItem() {
        return new Scheme.Item(
                SchemeNumbers.text(code), SchemeNumbers.text(name), points, SchemeNumbers.text(qualification));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }
}
