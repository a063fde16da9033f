package org.backsheet.model.figure;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The drawn picture of an exercise: a start pose and, where the exercise moves, an end pose, seen from one
 * {@link View}, with props and arrows. {@code end} may be null (a held position). {@code endView} lets the end
 * pose be seen from elsewhere; null means {@code view}. {@code presentation} null means a pair of labelled
 * pictures, which blind readers understood best; an overlay is only drawn when asked for. {@code detail}, when
 * set, adds a magnified view of one part of the body to each picture. {@code labels} null means the pictures
 * are labelled Start and Finish. {@code then}, when set, is a third picture after the end one (a movement with
 * three steps, or a movement to one side and then the other); it lists only what changes from {@code end}.
 * {@code captions} are the figure's own words over its pictures, per language code ({@code en}, {@code es}):
 * one short phrase per picture that says what changes ("Hips up a little"), which readers could not see in two
 * nearly alike pictures labelled Start and Finish; a language without captions gets the {@code labels}.
 */
public record Figure(
        View view,
        View endView,
        List<Prop> props,
        Pose start,
        Pose end,
        Presentation presentation,
        List<Arrow> arrows,
        Detail detail,
        PanelLabels labels,
        Pose then,
        Map<String, List<String>> captions) {

    /**
     * The longest caption, in characters: two lines over a picture at print size. The file reader and the pose
     * editor both check captions against it.
     */
    public static final int CAPTION_MAX_CHARS = 56;

    /** Build figures with {@link #builder(Pose)} or {@link #toBuilder()}, which name each value. */
    public Figure {
        view = view == null ? View.SIDE : view;
        props = props == null ? List.of() : List.copyOf(props);
        Objects.requireNonNull(start, "start");
        arrows = arrows == null ? List.of() : List.copyOf(arrows);
        if (end == null) {
            then = null;
        }
        captions = captions == null ? Map.of() : copy(captions);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> captions) {
        Map<String, List<String>> out = new TreeMap<>();
        captions.forEach((language, words) -> out.put(language, List.copyOf(words)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The captions for {@code language} (its full tag such as {@code pt-BR}, else its language such as {@code pt};
     * null or the root locale means English), or null when the figure has none for it.
     */
    public List<String> captions(Locale language) {
        Locale l = language == null || language.getLanguage().isEmpty() ? Locale.ENGLISH : language;
        List<String> exact = captions.get(l.toLanguageTag());
        return exact != null ? exact : captions.get(l.getLanguage());
    }

    /** {@code text} as a caption holds it: without spaces at either end, each run of spaces and breaks one space. */
    public static String tidyCaption(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Whether {@code text}, tidied, fits over its picture ({@link #CAPTION_MAX_CHARS}). */
    public static boolean captionFits(String text) {
        return tidyCaption(text).length() <= CAPTION_MAX_CHARS;
    }

    /** The poses drawn as pictures side by side, in order: start, end and then, as far as they are set. */
    public List<Pose> pictures() {
        if (end == null) {
            return List.of(start);
        }
        return then == null ? List.of(start, end) : List.of(start, end, then);
    }

    /** The view of the end pose. */
    public View effectiveEndView() {
        return endView == null ? view : endView;
    }

    /** How start and end are shown: the stored choice, else two labelled pictures. */
    public Presentation effectivePresentation() {
        if (end == null) {
            return Presentation.OVERLAY;
        }
        return presentation != null ? presentation : Presentation.PAIR;
    }

    /** A builder for a figure starting from {@code start}; every other value starts at its default. */
    public static FigureBuilder builder(Pose start) {
        return new FigureBuilder(start);
    }

    /** A builder holding this figure's values, to change some of them. */
    public FigureBuilder toBuilder() {
        return new FigureBuilder(this);
    }

    /** A copy with another start pose (the pose editor). */
    public Figure withStart(Pose pose) {
        return toBuilder().start(pose).build();
    }

    /** A copy with another end pose; null makes it a held position. */
    public Figure withEnd(Pose pose) {
        return toBuilder().end(pose).build();
    }

    /** A copy with other arrows. */
    public Figure withArrows(List<Arrow> list) {
        return toBuilder().arrows(list).build();
    }

    /** The words over the pictures: the stored choice, else Start and Finish. */
    public PanelLabels effectiveLabels() {
        return labels == null ? PanelLabels.START_FINISH : labels;
    }

    public boolean hasProp(Prop prop) {
        return props.contains(prop);
    }
}
