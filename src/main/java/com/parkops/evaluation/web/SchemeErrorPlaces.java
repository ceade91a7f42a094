package com.parkops.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words where a form field is, for the error summary: {@code pools[0].indicators[1].weight}
 * reads "分组 1“规上” · 指标第 2 行 · 权重".
 */
class SchemeErrorPlaces {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]");

    private final SchemeForm form;
    private final EvaluationText text;

    SchemeErrorPlaces(SchemeForm form, EvaluationText text) {
        this.form = form;
        this.text = text;
    }

    String describe(String field) {
        if (field.isEmpty()) {
            return text.get("schemes.where.scheme");
        }
        List<String> parts = new ArrayList<>();
        String parent = null;
        for (String segment : field.split("\\.")) {
            Matcher row = ROW.matcher(segment);
            if (row.matches()) {
                int index = Integer.parseInt(row.group(2));
                parts.add(row(row.group(1), index));
                parent = row.group(1);
            } else {
                String key = "code".equals(segment) && "indicators".equals(parent) ? "indicator" : segment;
                parts.add(text.get("schemes.field." + key));
            }
        }
        return String.join(" · ", parts);
    }

    private String row(String list, int index) {
        if (list.equals("pools")) {
            String name = index < form.getPools().size()
                    ? SchemeNumbers.text(form.getPools().get(index).getName())
                    : null;
            return name == null
                    ? text.get("schemes.where.pool", index + 1)
                    : text.get("schemes.where.poolNamed", index + 1, name);
        }
        return text.get("schemes.where." + list, index + 1);
    }
}
