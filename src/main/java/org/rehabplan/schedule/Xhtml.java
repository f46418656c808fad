package org.rehabplan.schedule;

/**
 * A tiny XHTML writer: every piece of text and every attribute value goes through {@link #escape}, so patient and
 * catalog text can never become markup, and the output is well-formed XML (OpenHTMLtoPDF parses it as XML).
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(16_384);

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids would make the whole document unparseable
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    Xhtml open(String tag) {
        return open(tag, null);
    }

    /** Opens {@code tag} with a class (none if null) and any further name/value attribute pairs. */
    Xhtml open(String tag, String cssClass, String... attributes) {
        out.append('<').append(tag);
        if (cssClass != null) {
            attribute("class", cssClass);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag class="…">text</tag>}. */
    Xhtml element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    Xhtml empty(String tag, String cssClass, String... attributes) {
        open(tag, cssClass, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Trusted markup written by this package only (doctype, style sheets): never patient or catalog text. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
