package org.rehabplan.visit.ui;

import java.util.Locale;

/**
 * Writes SVG markup. Every attribute value and text node goes through {@link #escape}, so text typed by a user (a
 * visit's notes) can never become markup.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** {@code <tag a="1" b="2">}; {@code attributes} are name, value pairs. */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag a="1"/>}. */
    Svg empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag a="1">text</tag>}. */
    Svg text(String tag, String text, Object... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        return close(tag);
    }

    private void attributes(Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(format(attributes[i + 1])))
                    .append('"');
        }
    }

    /** Numbers with at most one decimal and a dot, whatever the server's locale. */
    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
        }
        return String.valueOf(value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') { // other control characters are not allowed in XML
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
