package com.parkops.evaluation.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The "add row" and "remove row" buttons of the scheme form, which work without JavaScript: each
 * is a submit button whose value names the edit, e.g. {@code addIndicator:0} or {@code
 * removeBonus:1:2} (pool 1, row 2). The form comes back with the edit made and nothing saved.
 */
final class SchemeFormEdits {

    /** The value of the button that saves. */
    static final String SAVE = "save";

    private SchemeFormEdits() {}

    /** Applies the edit; false when the action is not an edit (i.e. save) or names no row. */
    static boolean apply(SchemeForm form, String action) {
        if (action == null || action.equals(SAVE)) {
            return false;
        }
        String[] parts = action.split(":");
        int pool = parts.length > 1 ? number(parts[1]) : -1;
        int row = parts.length > 2 ? number(parts[2]) : -1;
        switch (parts[0]) {
            case "addPool" -> form.getPools().add(SchemePoolForm.empty());
            case "removePool" -> remove(form.getPools(), pool);
            case "addVeto" -> form.getVetoItems().add(new SchemeVetoRow());
            case "removeVeto" -> remove(form.getVetoItems(), pool);
            case "addIndicator" -> inPool(form, pool, p -> add(p.getIndicators(), SchemeIndicatorRow::new));
            case "removeIndicator" -> inPool(form, pool, p -> remove(p.getIndicators(), row));
            case "addBonus" -> inPool(form, pool, p -> add(p.getBonusItems(), SchemeItemRow::new));
            case "removeBonus" -> inPool(form, pool, p -> remove(p.getBonusItems(), row));
            case "addPenalty" -> inPool(form, pool, p -> add(p.getPenaltyItems(), SchemeItemRow::new));
            case "removePenalty" -> inPool(form, pool, p -> remove(p.getPenaltyItems(), row));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void inPool(SchemeForm form, int pool, Consumer<SchemePoolForm> edit) {
        if (pool >= 0 && pool < form.getPools().size()) {
            edit.accept(form.getPools().get(pool));
        }
    }

    private static <T> void add(List<T> rows, Supplier<T> row) {
        rows.add(row.get());
    }

    private static void remove(List<?> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
