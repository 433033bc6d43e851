package no.kommune.portal.base;

/**
 * A field named in a message by its translation key ({@code "decisions.field.title"}), not by a word in one
 * language: as an argument of a {@link UserFacingException} it is translated when the message is shown, so the
 * English screen says "Title is required" and the bokmål one "Tittel må fylles ut".
 */
public record FieldName(String key) {

    public FieldName {
        java.util.Objects.requireNonNull(key, "key");
    }
}
