package org.backsheet.render.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Detail;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.render.figure.Sketch.Layer;

/**
 * Draws an exercise figure into a box on any Graphics2D: the editor's thumbnails and preview, the contact sheet
 * PNG and the PDF (through PdfBoxGraphics2D, so it stays vector) all use this one routine. A movement is shown as
 * two pictures labelled "Start" and "Finish" (in the sheet's language), or with the figure's own captions ("Hips up
 * a little"); the labels are drawn as glyph outlines, so the PDF needs no extra font.
 */
public final class FigurePainter {

    /** No outline thinner than this many device units (points in the PDF, pixels on screen). */
    private static final double THINNEST = 0.6;
    /** The radius of a magnified detail's circle, in figure units. */
    private static final double DETAIL_RADIUS = 0.22;
    /** The most of its size a drawing gives up for the room its captions take, else it has short labels. */
    static final double CAPTION_COST = 0.2;

    /**
     * Where each picture of a figure lands in the box (Graphics2D coordinates, y down), its label band included,
     * where each label's words land (none for a single picture), the words as drawn (a wrapped caption holds its
     * lines separated by {@code \n}) and their size.
     */
    public record Placement(
            double scale, List<Rectangle2D> pictures, List<Rectangle2D> labels, List<String> words, double labelSize) {}

    /** Paints {@code figure} centred in the box, its panels labelled in the default language. */
    public void paint(Graphics2D g, Figure figure, double x, double y, double width, double height) {
        paint(g, figure, x, y, width, height, Locale.getDefault());
    }

    /** Paints {@code figure} centred in the box {@code (x, y, width, height)} (y down, as Graphics2D has it). */
    public void paint(Graphics2D g, Figure figure, double x, double y, double width, double height, Locale language) {
        List<Sketch> panels = panels(figure);
        PanelFit.Fit fit = fit(figure, panels, language, x, y, width, height);
        AffineTransform saved = g.getTransform();
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int i = 0; i < panels.size(); i++) {
            g.setTransform(saved);
            g.transform(fit.transforms().get(i));
            panels.get(i).paint(g, THINNEST / fit.scale());
        }
        g.setTransform(saved);
        PanelWordsPen.draw(g, panels, fit, language);
        for (int i = 0; i < fit.words().size(); i++) {
            LabelPen.draw(g, fit.words().get(i), picture(fit, panels, i), fit.labelSize());
        }
        if (aa != null) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
    }

    /** Where the pictures of {@code figure} would land in the box, labelled in the default language. */
    public Placement place(Figure figure, double x, double y, double width, double height) {
        return place(figure, x, y, width, height, Locale.getDefault());
    }

    /** Where the pictures of {@code figure} and their labels would land in the box, without drawing. */
    public Placement place(Figure figure, double x, double y, double width, double height, Locale language) {
        List<Sketch> panels = panels(figure);
        PanelFit.Fit fit = fit(figure, panels, language, x, y, width, height);
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Rectangle2D> labels = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D r = picture(fit, panels, i);
            if (!fit.words().isEmpty()) {
                labels.add(LabelPen.box(fit.words().get(i), r, fit.labelSize()));
                r.add(new Rectangle2D.Double(r.getX(), r.getY() - fit.bands().get(i), r.getWidth(), 0));
            }
            boxes.add(r);
        }
        return new Placement(fit.scale(), boxes, labels, fit.words(), fit.labelSize());
    }

    /**
     * The pictures placed in the box under the figure's own captions in {@code language} (one per picture, wrapped
     * where they need to be); where it has none, or where their lines would shrink the drawing by more than
     * {@link #CAPTION_COST} (a small box in the compact layout), under its short labels (Start, Finish...).
     */
    private static PanelFit.Fit fit(
            Figure figure, List<Sketch> panels, Locale language, double x, double y, double width, double height) {
        List<Rectangle2D> bounds = PanelFit.bounds(panels);
        PanelFit.Fit labelled = PanelFit.fit(bounds, words(figure, panels.size(), language), x, y, width, height);
        List<String> captions = figure.captions(language);
        // A held position may carry one caption for its one picture ("Towel round your foot..."): readers scored a
        // picture without words a point lower. Two or three kept for when it moves again do not print.
        if (captions == null || captions.size() != panels.size()) {
            return labelled;
        }
        PanelFit.Fit captioned = PanelFit.fit(bounds, captions, x, y, width, height);
        return captioned.scale() >= (1 - CAPTION_COST) * labelled.scale() ? captioned : labelled;
    }

    /**
     * The short labels (Start, Finish...) over {@code pictures} pictures of {@code figure} in {@code language}: what
     * a picture without a caption of its own reads (the pose editor fills an empty caption with them).
     */
    public static List<String> labels(Figure figure, int pictures, Locale language) {
        return words(figure, pictures, language);
    }

    /** The words of the figure's set of labels over its pictures: none for a single picture. */
    private static List<String> words(Figure figure, int pictures, Locale language) {
        if (pictures < 2) {
            return List.of();
        }
        FigureLabels labels = FigureLabels.of(language, figure.effectiveLabels());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pictures; i++) {
            out.add(labels.word(i));
        }
        return out;
    }

    /** Where picture {@code i} lands in the box. */
    private static Rectangle2D picture(PanelFit.Fit fit, List<Sketch> panels, int i) {
        return fit.transforms()
                .get(i)
                .createTransformedShape(panels.get(i).bounds())
                .getBounds2D();
    }

    /**
     * One sketch per picture: a single one for a held position or an overlay; start, end (and the third picture,
     * when there is one) for pictures side by side.
     */
    List<Sketch> panels(Figure figure) {
        boolean pair = figure.end() != null && figure.effectivePresentation() == Presentation.PAIR;
        if (!pair) {
            return List.of(overlay(figure));
        }
        List<Pose> poses = figure.pictures();
        List<Sketch> out = new ArrayList<>();
        for (int i = 0; i < poses.size(); i++) {
            Sketch panel = new Sketch();
            Projection projection = new Projection(i == 0 ? figure.view() : figure.effectiveEndView());
            Pose pose = poses.get(i);
            // An arrow that follows the body traces it from this picture's pose to the next picture's.
            Pose next = i + 1 < poses.size() ? poses.get(i + 1) : pose;
            PosedBody body = new PosedBody(pose);
            new PropSketcher(projection).sketch(body, new PosedBody(poses.get(0)), figure.props(), panel);
            new BodySketcher(projection)
                    .shadedNearLeg(figure.hasProp(Prop.SHADED_LEG))
                    .sketch(body, Tones.BODY, Layer.BODY, panel);
            marks(figure, body, new PosedBody(next), projection, panel, i);
            detail(figure, pose, next, null, projection, panel, i);
            // On the last picture, an arrow that follows the body traces the move that led there: readers look for
            // the arrow in the picture where the move happens ("Hips up a little", "Pull one knee to your chest").
            boolean last = i > 0 && i + 1 == poses.size();
            Pose from = last ? poses.get(i - 1) : pose;
            Pose to = last ? pose : next;
            for (Arrow arrow : figure.arrows()) {
                if (arrow.picture() == i && !inDetail(arrow, figure, pose, projection)) {
                    new ArrowSketcher(projection).sketch(arrow, from, to, panel);
                }
            }
            out.add(panel);
        }
        return out;
    }

    /**
     * The marks of picture {@code i}: the track of a sliding heel (on a later picture, from where it was in the one
     * before, under the arrow of the slide),
     * the line of a bridge where it is straight, the working stomach (after the first picture, or on all with the
     * buttocks), and a belly drawn in since the first picture (its rounded line dashed).
     */
    private static void marks(
            Figure figure, PosedBody body, PosedBody next, Projection projection, Sketch panel, int i) {
        MarkSketcher marks = new MarkSketcher(projection);
        if (figure.hasProp(Prop.HEEL_TRACK) && i > 0) {
            marks.heelTrack(new PosedBody(figure.pictures().get(i - 1)), body, panel);
        }
        if (figure.hasProp(Prop.BODY_LINE)) {
            marks.bodyLine(body, panel);
        }
        if (figure.hasProp(Prop.TIGHT_STOMACH) && i > 0 || figure.hasProp(Prop.TIGHT_STOMACH_AND_BUTTOCKS)) {
            marks.workingStomach(body, panel);
        }
        if (figure.hasProp(Prop.TIGHT_STOMACH_AND_BUTTOCKS)) {
            marks.workingButtocks(body, panel);
        }
        if (i > 0) {
            marks.stretches(figure, body, panel);
        }
        if (i > 0 && figure.hasProp(Prop.SMALL_LIFT)) {
            marks.smallLift(body, panel);
        }
        if (i > 0 && figure.start().belly() > body.belly + 0.5) {
            marks.formerBelly(body, figure.start().belly(), panel);
        }
    }

    /** A single picture: the start pose, with the end pose (if any) as a dashed outline over it. */
    private Sketch overlay(Figure figure) {
        Sketch first = new Sketch();
        Projection projection = new Projection(figure.view());
        PosedBody startBody = new PosedBody(figure.start());
        new PropSketcher(projection).sketch(startBody, figure.props(), first);
        // With a close-up of the moving part, the end pose is dashed only there: dashed at full size too, the small
        // ghost foot of ankle pumps "cluttered" the picture.
        if (figure.end() != null && figure.detail() == null) {
            PosedBody endBody = new PosedBody(figure.end());
            new BodySketcher(projection).sketch(endBody, Tones.GHOST, Layer.GHOST, first);
            if (figure.hasProp(Prop.TOWEL)) {
                new PropSketcher(projection).endTowel(endBody, first);
            }
        }
        new BodySketcher(projection)
                .shadedNearLeg(figure.hasProp(Prop.SHADED_LEG))
                .sketch(startBody, Tones.BODY, Layer.BODY, first);
        detail(figure, figure.start(), figure.end(), figure.end(), projection, first, 0);
        for (Arrow arrow : figure.arrows()) {
            if (!inDetail(arrow, figure, figure.start(), projection)) {
                new ArrowSketcher(projection).sketch(arrow, figure.start(), figure.end(), first);
            }
        }
        return first;
    }

    /**
     * The figure's magnified detail of {@code pose}, added to {@code panel}: the body without arms, and props; with
     * {@code ghost} (one dashed picture) its end pose dashed too, so the close-up shows both ways the part moves.
     */
    private static void detail(
            Figure figure, Pose pose, Pose arrowsTo, Pose ghost, Projection projection, Sketch panel, int picture) {
        Detail d = figure.detail();
        if (d == null) {
            return;
        }
        PosedBody body = new PosedBody(pose);
        Point2D.Double centre = new Point2D.Double(d.x(), d.y());
        Sketch content = new Sketch();
        new PropSketcher(projection).sketch(body, figure.props(), content);
        boolean back = Detail.LOW_BACK.equals(d.point());
        if (ghost != null) {
            new BodySketcher(projection, false, !back).sketch(new PosedBody(ghost), Tones.GHOST, Layer.GHOST, content);
        }
        new BodySketcher(projection, false, !back)
                .shadedNearLeg(figure.hasProp(Prop.SHADED_LEG))
                .sketch(body, Tones.BODY, Layer.BODY, content);
        for (Arrow arrow : figure.arrows()) {
            if (arrow.picture() == picture && inDetail(arrow, body, d, projection)) {
                new ArrowSketcher(projection, 1 / d.zoom()).sketch(arrow, pose, arrowsTo, content);
            }
        }
        Point2D.Double focus = projection.flat(body.point(d.point()));
        panel.inset(new Sketch.Inset(content, focus, centre, DETAIL_RADIUS, d.zoom(), focus));
    }

    /**
     * True for a fixed arrow whose middle lies inside the area a detail magnifies: such an arrow (a mark of the
     * gap under the back) is drawn only in the detail, where it can be seen.
     */
    static boolean inDetail(Arrow arrow, Figure figure, Pose pose, Projection projection) {
        return figure.detail() != null && inDetail(arrow, new PosedBody(pose), figure.detail(), projection);
    }

    private static boolean inDetail(Arrow arrow, PosedBody body, Detail d, Projection projection) {
        if (arrow.followsBody()) {
            return false;
        }
        Point2D.Double focus = projection.flat(body.point(d.point()));
        double reach = DETAIL_RADIUS / d.zoom();
        return focus.distance((arrow.from()[0] + arrow.to()[0]) / 2, (arrow.from()[1] + arrow.to()[1]) / 2) < reach;
    }
}
