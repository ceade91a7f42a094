package com.parkops.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of a submitted scheme form, keyed by form field path (e.g. {@code
 * pools[0].indicators[1].weight}), so each shows next to its field, plus the same problems as a
 * summary for the top of the page. Messages are already in the reader's language.
 */
class SchemeFormErrors {

    private static final Pattern BENCHMARK = Pattern.compile("(.*\\.indicators\\[\\d+])\\.benchmark(\\..*)?");
    private static final Pattern GRADE = Pattern.compile("(pools\\[\\d+])\\.grades\\.([A-D])");

    /** One line of the summary: where (already labelled), what, and the anchor of the field. */
    record Line(String where, String message, String anchor) {}

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private final SchemeErrorPlaces places;

    SchemeFormErrors(SchemeErrorPlaces places) {
        this.places = places;
    }

    /** Adds a problem reported on the scheme's own path (as {@code SchemeRules} reports it). */
    void addSchemeError(String schemePath, String message) {
        add(formPath(schemePath), message);
    }

    /** Adds a problem on a form field path; a null path is a problem of the whole form. */
    void add(String field, String message) {
        String key = field == null ? "" : field;
        byField.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
        lines.add(new Line(places.describe(key), message, anchor(key)));
    }

    /** The form field a scheme path is shown at. */
    static String formPath(String schemePath) {
        if (schemePath == null) {
            return "";
        }
        Matcher benchmark = BENCHMARK.matcher(schemePath);
        if (benchmark.matches()) {
            return benchmark.group(1) + ".benchmarkValue";
        }
        Matcher grade = GRADE.matcher(schemePath);
        if (grade.matches()) {
            return grade.group(1) + ".grade" + grade.group(2);
        }
        if (schemePath.startsWith("exemptions.utilityIndustryPrefixes")) {
            return "utilityPrefixes";
        }
        if (schemePath.startsWith("exemptions.")) {
            return schemePath.substring("exemptions.".length());
        }
        return schemePath;
    }

    /** The element id Thymeleaf gives the field's input (brackets removed). */
    static String anchor(String field) {
        return field.isEmpty() ? "scheme-form" : field.replace("[", "").replace("]", "");
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of a field joined, or null when it has none. */
    public String at(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? null : String.join(" ", messages);
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
