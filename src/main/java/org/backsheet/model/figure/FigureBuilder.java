package org.backsheet.model.figure;

import java.util.List;
import java.util.Map;

/**
 * Collects a {@link Figure}'s values by name ({@link Figure#builder(Pose)}, {@link Figure#toBuilder()}), so no
 * caller spells all of its fields in order (a copy that listed them by position once dropped the third picture).
 * Unset values take the figure's defaults: side view, no props, no end, no arrows.
 */
public final class FigureBuilder {
    private View view;
    private View endView;
    private List<Prop> props;
    private Pose start;
    private Pose end;
    private Presentation presentation;
    private List<Arrow> arrows;
    private Detail detail;
    private PanelLabels labels;
    private Pose then;
    private Map<String, List<String>> captions;

    FigureBuilder(Pose start) {
        this.start = start;
    }

    FigureBuilder(Figure f) {
        view = f.view();
        endView = f.endView();
        props = f.props();
        start = f.start();
        end = f.end();
        presentation = f.presentation();
        arrows = f.arrows();
        detail = f.detail();
        labels = f.labels();
        then = f.then();
        captions = f.captions();
    }

    public FigureBuilder view(View v) {
        view = v;
        return this;
    }

    /** The view of the end pose; null means the same as the start's. */
    public FigureBuilder endView(View v) {
        endView = v;
        return this;
    }

    public FigureBuilder props(List<Prop> v) {
        props = v;
        return this;
    }

    public FigureBuilder start(Pose v) {
        start = v;
        return this;
    }

    /** The end pose; null makes a held position (and drops any third picture). */
    public FigureBuilder end(Pose v) {
        end = v;
        return this;
    }

    public FigureBuilder presentation(Presentation v) {
        presentation = v;
        return this;
    }

    public FigureBuilder arrows(List<Arrow> v) {
        arrows = v;
        return this;
    }

    public FigureBuilder detail(Detail v) {
        detail = v;
        return this;
    }

    public FigureBuilder labels(PanelLabels v) {
        labels = v;
        return this;
    }

    /** The third picture, after the end one; kept only when there is an end pose. */
    public FigureBuilder then(Pose v) {
        then = v;
        return this;
    }

    /** The words over the pictures per language code, one per picture ({@code {"en": ["Start", "Hips up"]}}). */
    public FigureBuilder captions(Map<String, List<String>> v) {
        captions = v;
        return this;
    }

    public Figure build() {
        return new Figure(view, endView, props, start, end, presentation, arrows, detail, labels, then, captions);
    }
}
