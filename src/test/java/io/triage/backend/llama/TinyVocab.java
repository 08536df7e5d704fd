package io.triage.backend.llama;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A SentencePiece-style vocabulary for {@link TinyGguf}, laid out as llama.cpp's {@code llama}
 * tokenizer expects: {@code <unk>}, {@code <s>}, {@code </s>}, the 256 byte-fallback tokens
 * {@code <0x00>}..{@code <0xFF>}, the ChatML control tokens, then text pieces where {@code ▁} marks
 * a leading space. Every prefix of a multi-character piece is itself a piece, so the SPM tokenizer
 * (which only merges adjacent pieces whose concatenation is in the vocabulary) reaches whole words.
 */
final class TinyVocab {

    static final int UNK = 0;
    static final int BOS = 1;
    static final int EOS = 2;

    /** llama.cpp's {@code llama_token_type}: the values of {@code tokenizer.ggml.token_type}. */
    static final int NORMAL = 1;
    static final int UNKNOWN = 2;
    static final int CONTROL = 3;
    static final int BYTE = 6;

    private static final String SPACE = "\u2581";
    private static final List<String> WORDS = List.of("user", "assistant", "system", "tool", "the", "and",
            "hello", "world", "what", "is", "you", "are", "it", "of", "to", "in", "answer", "question", "json");

    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();

    TinyVocab() {
        add("<unk>", UNKNOWN);
        add("<s>", CONTROL);
        add("</s>", CONTROL);
        for (int b = 0; b < 256; b++) {
            add(String.format(Locale.ROOT, "<0x%02X>", b), BYTE);
        }
        add("<|im_start|>", CONTROL);
        add("<|im_end|>", CONTROL);
        textPieces().forEach(piece -> add(piece, NORMAL));
    }

    private static Set<String> textPieces() {
        Set<String> pieces = new LinkedHashSet<>();
        pieces.add(SPACE);
        for (char c = 33; c < 127; c++) {
            pieces.add(String.valueOf(c));
            if (Character.isLetterOrDigit(c)) {
                pieces.add(SPACE + c);
            }
        }
        for (String word : WORDS) {
            for (int end = 2; end <= word.length(); end++) {
                pieces.add(word.substring(0, end));
                pieces.add(SPACE + word.substring(0, end));
            }
        }
        return pieces;
    }

    private void add(String token, int type) {
        tokens.add(token);
        types.add(type);
    }

    List<String> tokens() {
        return List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    int[] types() {
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True for the ordinary text pieces: the only tokens the tiny model is built to generate. */
    boolean isText(int id) {
        return types.get(id) == NORMAL;
    }

    /**
     * SentencePiece scores: the tokenizer merges the highest-scoring pair first, so longer pieces
     * score higher. Special and byte tokens never take part in merges and score 0.
     */
    float[] scores() {
        float[] scores = new float[tokens.size()];
        for (int id = 0; id < scores.length; id++) {
            scores[id] = isText(id) ? tokens.get(id).length() - id / 10_000f : 0f;
        }
        return scores;
    }
}
