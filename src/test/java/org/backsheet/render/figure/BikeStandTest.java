package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/**
 * The exercise bike stands on a foot at each end and has a chainring where the cranks turn: with its frame ending at
 * the pedals over one bar along the floor, readers saw "one wheel and no base, like a unicycle".
 */
class BikeStandTest {

    @Test
    void theBikeStandsOnAFootAtEachEndWithAChainringAtTheCranks() {
        Figure bike =
                BuiltInFigures.catalog().find("stationary-bike").orElseThrow().figure();
        PosedBody b = new PosedBody(bike.start());
        Sketch s = new Sketch();
        new PropSketcher(new Projection(View.SIDE)).sketch(b, List.of(Prop.STATIONARY_BIKE), s);
        Vec crank = b.near.ankle().plus(b.far.ankle()).times(0.5);
        List<Rectangle2D> feet = s.marks().stream()
                .filter(m -> m.fill() == null && m.width() >= 0.03)
                .map(m -> m.shape().getBounds2D())
                .filter(r -> r.getCenterY() < 0.03 && r.getWidth() < 0.2)
                .toList();
        assertThat(feet).as("feet on the floor").hasSize(2);
        assertThat(feet).anyMatch(r -> r.getMaxX() < crank.x());
        assertThat(feet).anyMatch(r -> r.getMinX() > crank.x() + 0.2);
        assertThat(s.marks())
                .as("a chainring round the cranks")
                .anyMatch(m -> m.shape() instanceof Ellipse2D
                        && m.shape().contains(crank.x(), crank.y())
                        && m.shape().getBounds2D().getWidth() < 0.15);
    }

    @Test
    void theCyclistRidesTheBikeAndTheWalkerATreadmillEachInAPictureOfItsOwn() {
        // "Stationary bike or treadmill": readers asked for the treadmill, and found one drawn small behind the bike
        // "a speck" (figS-3/4); the two choices are two pictures of the same size, each prop under its own person.
        Figure f =
                BuiltInFigures.catalog().find("stationary-bike").orElseThrow().figure();
        assertThat(f.props()).contains(Prop.STATIONARY_BIKE, Prop.TREADMILL);
        assertThat(f.pictures()).hasSize(2);
        List<Prop> both = List.of(Prop.STATIONARY_BIKE, Prop.TREADMILL);
        Sketch cycling = new Sketch();
        PosedBody cyclist = new PosedBody(f.start());
        new PropSketcher(new Projection(View.SIDE)).sketch(cyclist, both, cycling);
        assertThat(cycling.marks()).as("a bike").anyMatch(m -> m.shape() instanceof Ellipse2D);
        assertThat(cycling.marks()).as("no treadmill").noneMatch(m -> m.shape() instanceof RoundRectangle2D);
        Sketch walking = new Sketch();
        PosedBody walker = new PosedBody(f.end());
        new PropSketcher(new Projection(View.SIDE)).sketch(walker, both, walking);
        assertThat(walking.marks()).as("no bike").noneMatch(m -> m.shape() instanceof Ellipse2D);
        double sole = Math.min(
                Math.min(walker.near.heel().y(), walker.near.toe().y()),
                Math.min(walker.far.heel().y(), walker.far.toe().y()));
        assertThat(walking.marks())
                .as("a deck under both feet")
                .anyMatch(m -> m.shape() instanceof RoundRectangle2D r
                        && Math.abs(r.getMaxY() - sole) < 0.02
                        && r.getMinX()
                                < Math.min(
                                        walker.near.heel().x(),
                                        walker.far.heel().x())
                        && r.getMaxX()
                                > Math.max(
                                        walker.near.toe().x(), walker.far.toe().x()));
    }
}
