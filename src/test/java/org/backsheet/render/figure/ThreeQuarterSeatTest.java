package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.Comparator;
import java.util.List;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;

/** A chair seen at three quarters: a floor under the feet, a seat under the pelvis, a backrest behind. */
class ThreeQuarterSeatTest {

    private final Projection threeQuarter = new Projection(View.THREE_QUARTER);

    @Test
    void theFloorIsUnderTheFeetTheSeatUnderThePelvisAndTheBackrestRisesBehind() {
        Figure twist = BuiltInFigures.catalog()
                .find("seated-spinal-twist")
                .orElseThrow()
                .figure();
        PosedBody b = new PosedBody(twist.start());
        Sketch s = new Sketch();
        new PropSketcher(threeQuarter).sketch(b, List.of(Prop.CHAIR), s);
        List<Sketch.Mark> planes = s.marks().stream()
                .filter(m -> m.fill() != null)
                .sorted(Comparator.comparingDouble(Sketch.Mark::depth))
                .toList();
        assertThat(planes).as("floor, backrest, seat").hasSize(3);
        Sketch.Mark floor = planes.get(0);
        Sketch.Mark backrest = planes.get(1);
        Sketch.Mark seat = planes.get(2);
        for (Vec toe : List.of(b.near.toe(), b.far.toe(), b.near.heel(), b.far.heel())) {
            Point2D.Double onFloor = threeQuarter.flat(new Vec(toe.x(), 0, toe.z()));
            assertThat(floor.shape().contains(onFloor)).as("floor under " + toe).isTrue();
        }
        Point2D.Double underPelvis = threeQuarter.flat(new Vec(b.pelvis.x(), PropPen.seatTop(b), 0));
        assertThat(seat.shape().contains(underPelvis)).isTrue();
        assertThat(backrest.shape().getBounds2D().getMaxY())
                .isGreaterThan(seat.shape().getBounds2D().getMaxY() + 0.15);
    }
}
