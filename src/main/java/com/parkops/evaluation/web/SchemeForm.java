package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structured scheme form: everything a scheme holds, field by field, so staff never see
 * JSON. Field paths follow the scheme's own ({@code pools[0].indicators[1].weight}), which lets
 * the scheme rules' errors land next to their field. A mutable bean rather than a record: rows
 * are added and removed in place by {@link SchemeFormEdits} between round trips.
 */
class SchemeForm {

    /** The preset or stored scheme this one was copied from, e.g. {@code preset:linhai-2014}. */
    private String from;

    private Integer version;
    private Integer year;
    private String name;
    private List<SchemePoolForm> pools = new ArrayList<>();
    private List<SchemeVetoRow> vetoItems = new ArrayList<>();
    private boolean utilities;
    private String utilityPrefixes;
    private Integer registeredYears;

    /** A blank scheme with one pool. */
    static SchemeForm blank(int year) {
        SchemeForm form = new SchemeForm();
        form.year = year;
        form.pools.add(SchemePoolForm.empty());
        return form;
    }

    static SchemeForm of(Scheme scheme, Integer year, String name, String from, Integer version) {
        SchemeForm form = new SchemeForm();
        form.from = from;
        form.version = version;
        form.year = year;
        form.name = name;
        form.pools =
                new ArrayList<>(scheme.pools().stream().map(SchemePoolForm::of).toList());
        if (scheme.vetoItems() != null) {
            form.vetoItems = new ArrayList<>(
                    scheme.vetoItems().stream().map(SchemeVetoRow::of).toList());
        }
        Scheme.Exemptions exemptions = scheme.exemptions();
        if (exemptions != null) {
            form.utilities = Boolean.TRUE.equals(exemptions.utilities());
            form.utilityPrefixes = exemptions.utilityIndustryPrefixes() == null
                    ? null
                    : String.join(", ", exemptions.utilityIndustryPrefixes());
            form.registeredYears = exemptions.registeredYears();
        }
        return form;
    }

    /** The scheme as entered, not yet validated. */
    Scheme toScheme() {
        List<String> prefixes = prefixes();
        Scheme.Exemptions exemptions = utilities || prefixes != null || registeredYears != null
                ? new Scheme.Exemptions(utilities, prefixes, registeredYears)
                : null;
        return new Scheme(
                SchemeNumbers.text(name),
                pools.stream().map(SchemePoolForm::toPool).toList(),
                exemptions,
                vetoItems.stream().map(SchemeVetoRow::toItem).toList());
    }

    private List<String> prefixes() {
        if (SchemeNumbers.text(utilityPrefixes) == null) {
            return null;
        }
        return Arrays.stream(utilityPrefixes.split("[,，;；\\s]+"))
                .map(String::strip)
                .filter(prefix -> !prefix.isEmpty())
                .toList();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<SchemePoolForm> getPools() {
        return pools;
    }

    public void setPools(List<SchemePoolForm> pools) {
        this.pools = pools;
    }

    public List<SchemeVetoRow> getVetoItems() {
        return vetoItems;
    }

    public void setVetoItems(List<SchemeVetoRow> vetoItems) {
        this.vetoItems = vetoItems;
    }

    public boolean isUtilities() {
        return utilities;
    }

    public void setUtilities(boolean utilities) {
        this.utilities = utilities;
    }

    public String getUtilityPrefixes() {
        return utilityPrefixes;
    }

    public void setUtilityPrefixes(String utilityPrefixes) {
        this.utilityPrefixes = utilityPrefixes;
    }

    public Integer getRegisteredYears() {
        return registeredYears;
    }

    public void setRegisteredYears(Integer registeredYears) {
        this.registeredYears = registeredYears;
    }
}
