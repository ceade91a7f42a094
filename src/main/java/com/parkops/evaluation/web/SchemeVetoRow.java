package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;

/** A veto item row (一票否决) of the scheme form. */
class SchemeVetoRow {

    private String code;
    private String name;

    static SchemeVetoRow of(Scheme.VetoItem item) {
        SchemeVetoRow row = new SchemeVetoRow();
        row.code = item.code();
        row.name = item.name();
        return row;
    }

    Scheme.VetoItem toItem() {
        return new Scheme.VetoItem(SchemeNumbers.text(code), SchemeNumbers.text(name));
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
}
