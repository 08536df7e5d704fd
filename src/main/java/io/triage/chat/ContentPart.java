package io.triage.chat;

import java.util.Objects;

/**
 * One part of a message's content: text, or an image given by URL (or data URL).
 *
 * @param kind     what the part is
 * @param text     the text, for {@link Kind#TEXT}
 * @param imageUrl the URL, for {@link Kind#IMAGE_URL}
 * @param detail   OpenAI's image detail hint ({@code auto}, {@code low}, {@code high}) or null
 */
public record ContentPart(Kind kind, String text, String imageUrl, String detail) {

    /** The part kinds Triage forwards. */
    public enum Kind { TEXT, IMAGE_URL }

    public ContentPart {
        Objects.requireNonNull(kind, "kind");
    }

    public static ContentPart text(String text) {
        return new ContentPart(Kind.TEXT, Objects.requireNonNull(text, "text"), null, null);
    }

    public static ContentPart image(String url, String detail) {
        return new ContentPart(Kind.IMAGE_URL, null, Objects.requireNonNull(url, "url"), detail);
    }
}
