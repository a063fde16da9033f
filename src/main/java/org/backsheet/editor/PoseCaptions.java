package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Presentation;
import org.backsheet.render.figure.FigurePainter;

/**
 * The caption rules of a picture while the pose editor changes it ({@link PoseDraft}): which captions stay once its
 * positions change, how many pictures carry one, whether they print, what a picture reads without one. One text per
 * picture and language, an empty one allowed while typing. What is saved is tidied: a language with no caption at
 * all is left out, and an empty caption beside a typed one reads as the picture's usual label (Start, Finish), so a
 * clinician may caption the finish alone.
 *
 * <p>The rules read the draft's {@link PoseDraft.State} and give a new one: the languages typed are part of what an
 * undo brings back, so they live in the draft's state, not here.
 */
final class PoseCaptions {

    /** The picture as it was opened: a library picture's captions describe these positions only. */
    private final Figure opened;
    /** Whether the opened captions are the clinic's own (kept whatever the positions), not a library picture's. */
    private final boolean ownCaptions;

    PoseCaptions(Figure opened, boolean ownCaptions) {
        this.opened = opened;
        this.ownCaptions = ownCaptions;
    }

    /**
     * The captions as saved. A library picture's captions ("Hips up a little") say what changes between its own
     * positions: once a position differs from those, they are left out and the pictures read Start and Finish, so
     * a clinic's new exercise never carries words meant for another. Captions typed here stay.
     */
    Map<String, List<String>> saved(PoseDraft.State s) {
        return tidy(s.figure(), kept(s), slots(s));
    }

    /** {@code language}'s captions, one per {@link #slots slot}, "" for none ({@link #labels}). */
    List<String> of(PoseDraft.State s, String language) {
        return slots(kept(s), language, slots(s));
    }

    /** The state with picture {@code index}'s caption in {@code language} set to {@code text}, typed here. */
    PoseDraft.State with(PoseDraft.State s, String language, int index, String text) {
        Map<String, List<String>> captions = with(kept(s), language, slots(s), index, text);
        Set<String> typed = new TreeSet<>(s.typed());
        typed.add(language);
        return new PoseDraft.State(
                s.figure().toBuilder().captions(captions).build(), s.keptFinish(), s.keptThen(), Set.copyOf(typed));
    }

    /**
     * How many pictures can carry a caption: those of the movement (two, or three), also while it is held; one for a
     * held position or one dashed picture that carries one caption.
     */
    int slots(PoseDraft.State s) {
        boolean hasFinish = s.figure().end() != null;
        if (hasFinish && !dashedWithOneCaption(s)) {
            return s.figure().pictures().size();
        }
        if (heldWithOneCaption(s) || dashedWithOneCaption(s)) {
            return 1;
        }
        return s.keptThen() != null ? 3 : 2;
    }

    /**
     * Whether the captions print: over pictures side by side, or the one caption of a held position or one dashed
     * picture; otherwise a held position or one dashed picture has none.
     */
    boolean shown(PoseDraft.State s) {
        return s.figure().end() != null
                ? PoseDraft.presentation(s.figure()) == Presentation.PAIR || dashedWithOneCaption(s)
                : heldWithOneCaption(s);
    }

    /** What each picture reads in {@code language} without a caption of its own (Start, Finish...; "" for none). */
    List<String> labels(PoseDraft.State s, String language) {
        int slots = slots(s);
        List<String> labels = new ArrayList<>(FigurePainter.labels(s.figure(), slots, Locale.forLanguageTag(language)));
        while (labels.size() < slots) {
            labels.add("");
        }
        return labels;
    }

    private Map<String, List<String>> kept(PoseDraft.State s) {
        Figure figure = s.figure();
        boolean samePositions = Objects.equals(figure.start(), opened.start())
                && Objects.equals(figure.end(), opened.end())
                && Objects.equals(figure.then(), opened.then());
        if (ownCaptions || samePositions) {
            return figure.captions();
        }
        Map<String, List<String>> kept = new TreeMap<>(figure.captions());
        kept.keySet().retainAll(s.typed());
        return kept;
    }

    /**
     * A held position that never had a finish and carries one caption (the towel stretch's), printed over its one
     * picture: one slot keeps it as it is. Two slots made it "caption, Finish", and a held position with two
     * captions prints none.
     */
    private static boolean heldWithOneCaption(PoseDraft.State s) {
        return s.keptFinish() == null && oneCaptionEach(s.figure());
    }

    /** One picture with the finish dashed over the start, carrying one caption (ankle pumps): printed like a held one. */
    private static boolean dashedWithOneCaption(PoseDraft.State s) {
        return s.figure().end() != null
                && PoseDraft.presentation(s.figure()) == Presentation.OVERLAY
                && oneCaptionEach(s.figure());
    }

    private static boolean oneCaptionEach(Figure figure) {
        return !figure.captions().isEmpty()
                && figure.captions().values().stream().allMatch(words -> words.size() == 1);
    }

    /** {@code language}'s captions in {@code captions}, as {@code slots} texts ("" where there is none). */
    private static List<String> slots(Map<String, List<String>> captions, String language, int slots) {
        List<String> words = captions.getOrDefault(language, List.of());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            out.add(i < words.size() ? words.get(i) : "");
        }
        return out;
    }

    /** {@code captions} with picture {@code index}'s caption in {@code language} set to {@code text}. */
    private static Map<String, List<String>> with(
            Map<String, List<String>> captions, String language, int slots, int index, String text) {
        List<String> words = slots(captions, language, Math.max(slots, index + 1));
        words.set(index, text);
        Map<String, List<String>> out = new TreeMap<>(captions);
        out.put(language, words);
        return out;
    }

    /** The captions as saved for {@code figure}, whose pictures offer {@code slots} places for them. */
    private static Map<String, List<String>> tidy(Figure figure, Map<String, List<String>> captions, int slots) {
        Map<String, List<String>> out = new TreeMap<>();
        captions.forEach((language, words) -> {
            List<String> shown = slots(captions, language, slots);
            if (shown.stream().allMatch(String::isBlank)) {
                return;
            }
            List<String> labels = FigurePainter.labels(figure, slots, Locale.forLanguageTag(language));
            List<String> tidied = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                String text = shown.get(i);
                tidied.add(text.isBlank() ? labels.get(i) : Figure.tidyCaption(text));
            }
            out.put(language, tidied);
        });
        return out;
    }
}
