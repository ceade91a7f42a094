package com.parkops.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds user-visible text written into a template instead of taken from the bundles: a text node,
 * or a {@code title}, {@code placeholder}, {@code alt} or {@code aria-label} value, that contains a
 * letter (Latin, CJK or any other script). Text that Thymeleaf replaces at run time does not count:
 * the body of an element carrying {@code th:text}, {@code th:utext}, {@code th:errors}, {@code th:replace},
 * {@code th:insert} or {@code th:remove}, an attribute overridden by its {@code th:} twin or by
 * {@code th:attr}, and inlined expressions {@code [[…]]} / {@code [(…)]}. Scripts and styles are
 * not text.
 */
final class HardCodedText {

    /** One piece of hard-coded text. */
    record Finding(int line, String where, String text) {}

    /** The layout's language switch names each language in that language, on purpose. */
    static final Set<String> ALLOWED = Set.of("中文", "English");

    private static final Set<String> CHECKED_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of(
            "th:text",
            "th:utext",
            "th:errors",
            "th:replace",
            "th:insert",
            "th:remove",
            "data-th-text",
            "data-th-utext",
            "data-th-errors");
    private static final Set<String> NOT_TEXT = Set.of("script", "style");
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);");

    private HardCodedText() {}

    static List<Finding> in(String template) throws ParseException {
        var handler = new Handler();
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, handler);
        return handler.findings;
    }

    /** Whether the text shows letters to a reader once expressions and entities are left out. */
    static boolean visible(String text) {
        String stripped = ENTITY.matcher(INLINED.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        return !ALLOWED.contains(stripped) && stripped.codePoints().anyMatch(Character::isLetter);
    }

    private static final class Element {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final int line;

        Element(String name, int line) {
            this.name = name;
            this.line = line;
        }

        boolean replacesBody() {
            return attributes.keySet().stream().anyMatch(REPLACING_ATTRIBUTES::contains);
        }
    }

    private static final class Handler extends AbstractMarkupHandler {

        final List<Finding> findings = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private Element pending;

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            pending = new Element(lower(buffer, offset, length), line);
        }

        @Override
        public void handleStandaloneElementStart(
                char[] buffer, int offset, int length, boolean minimized, int line, int col) {
            pending = new Element(lower(buffer, offset, length), line);
        }

        @Override
        public void handleAttribute(
                char[] buffer,
                int nameOffset,
                int nameLength,
                int nameLine,
                int nameCol,
                int operatorOffset,
                int operatorLength,
                int operatorLine,
                int operatorCol,
                int valueContentOffset,
                int valueContentLength,
                int valueOuterOffset,
                int valueOuterLength,
                int valueLine,
                int valueCol) {
            if (pending != null) {
                pending.attributes.put(
                        lower(buffer, nameOffset, nameLength),
                        new String(buffer, valueContentOffset, valueContentLength));
            }
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int length, int line, int col) {
            checkAttributes(pending);
            if (!VOID_ELEMENTS.contains(pending.name)) {
                open.push(pending);
            }
            pending = null;
        }

        @Override
        public void handleStandaloneElementEnd(
                char[] buffer, int offset, int length, boolean minimized, int line, int col) {
            checkAttributes(pending);
            pending = null;
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            close(lower(buffer, offset, length));
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            close(lower(buffer, offset, length));
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int col) {
            String text = new String(buffer, offset, length);
            boolean replacedOrCode = open.stream().anyMatch(e -> e.replacesBody() || NOT_TEXT.contains(e.name));
            if (!replacedOrCode && visible(text)) {
                String where = open.isEmpty() ? "text" : "text in <" + open.peek().name + ">";
                findings.add(new Finding(line, where, text.strip()));
            }
        }

        private void checkAttributes(Element element) {
            for (var attribute : element.attributes.entrySet()) {
                String name = attribute.getKey();
                boolean overridden = element.attributes.containsKey("th:" + name)
                        || element.attributes.containsKey("data-th-" + name)
                        || element.attributes.containsKey("th:attr");
                if (CHECKED_ATTRIBUTES.contains(name) && !overridden && visible(attribute.getValue())) {
                    findings.add(new Finding(element.line, name + " of <" + element.name + ">", attribute.getValue()));
                }
            }
        }

        private void close(String name) {
            if (open.stream().anyMatch(e -> e.name.equals(name))) {
                while (!open.pop().name.equals(name)) {
                    // pops elements left open inside the one being closed
                }
            }
        }

        private static String lower(char[] buffer, int offset, int length) {
            return new String(buffer, offset, length).toLowerCase(Locale.ROOT);
        }
    }
}
