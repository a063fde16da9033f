package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
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
}
