package com.parkops.appeals.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two short texts are, without any database extension: the Dice coefficient of their
 * character pairs (bigrams) after dropping spaces and punctuation and ignoring case — a fit for
 * Chinese titles, where words are not separated. 1 = the same pairs, 0 = none in common; a text of
 * one character is compared as a single "pair".
 */
final class TitleSimilarity {

    private TitleSimilarity() {}

    static double dice(String a, String b) {
        Map<String, Integer> left = pairs(a);
        Map<String, Integer> right = pairs(b);
        int total = count(left) + count(right);
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (var pair : left.entrySet()) {
            shared += Math.min(pair.getValue(), right.getOrDefault(pair.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> pairs(String text) {
        StringBuilder kept = new StringBuilder();
        if (text != null) {
            text.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .map(Character::toLowerCase)
                    .forEach(kept::appendCodePoint);
        }
        Map<String, Integer> pairs = new HashMap<>();
        int[] points = kept.codePoints().toArray();
        if (points.length == 1) {
            pairs.put(new String(points, 0, 1), 1);
        }
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.merge(new String(points, i, 2), 1, Integer::sum);
        }
        return pairs;
    }

    private static int count(Map<String, Integer> pairs) {
        return pairs.values().stream().mapToInt(Integer::intValue).sum();
    }
}
