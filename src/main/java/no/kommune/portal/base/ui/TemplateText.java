package no.kommune.portal.base.ui;

/**
 * A fixed text (a translated button label) written into a {@code LitRenderer} template, so it travels once with
 * the template instead of once per row. The template becomes a JavaScript template literal in the browser, so
 * besides HTML's own characters the backtick and {@code $} (which could open {@code ${...}}) are written as
 * character references.
 */
public final class TemplateText {

    private TemplateText() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                case '$' -> out.append("&#36;");
                case '\\' -> out.append("&#92;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
