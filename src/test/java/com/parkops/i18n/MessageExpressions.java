package com.parkops.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the message expressions {@code #{…}} of a template: a plain key ({@code #{nav.home}}), a
 * key with arguments ({@code #{page.position(${a}, ${b})}}) or a key built at run time from a
 * literal prefix ({@code #{'role.' + ${user.role}}}).
 */
final class MessageExpressions {

    /** One expression: either a complete key or the literal prefix of a computed one. */
    record Use(String key, boolean prefixOnly, int line) {}

    private static final Pattern LITERAL_PREFIX = Pattern.compile("^'([^']*)'\\s*\\+");
    private static final Pattern LITERAL_KEY = Pattern.compile("^'([^']*)'$");
    private static final Pattern PLAIN_KEY = Pattern.compile("^[A-Za-z0-9_.\\-]+$");

    private MessageExpressions() {}

    static List<Use> in(String template) {
        List<Use> uses = new ArrayList<>();
        int start = template.indexOf("#{");
        while (start >= 0) {
            int end = closingBrace(template, start + 2);
            if (end < 0) {
                break;
            }
            parse(template.substring(start + 2, end).strip(), line(template, start))
                    .ifPresent(uses::add);
            start = template.indexOf("#{", end);
        }
        return uses;
    }

    private static java.util.Optional<Use> parse(String expression, int line) {
        Matcher literal = LITERAL_KEY.matcher(expression);
        if (literal.matches()) {
            return java.util.Optional.of(new Use(literal.group(1), false, line));
        }
        Matcher prefix = LITERAL_PREFIX.matcher(expression);
        if (prefix.find()) {
            return java.util.Optional.of(new Use(prefix.group(1), true, line));
        }
        int arguments = expression.indexOf('(');
        String key = (arguments < 0 ? expression : expression.substring(0, arguments)).strip();
        // a key that is itself an expression (preprocessing, variables) cannot be checked statically
        return PLAIN_KEY.matcher(key).matches()
                ? java.util.Optional.of(new Use(key, false, line))
                : java.util.Optional.empty();
    }

    /** The index of the brace closing the expression that starts at {@code from}, honouring nesting and quotes. */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int line(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
