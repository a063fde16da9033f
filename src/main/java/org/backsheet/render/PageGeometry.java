package org.backsheet.render;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.backsheet.model.PageSize;

/** The paper and the area inside the margins (12 mm all round: the least an office printer leaves; wider margins cost the handout a page) where everything is drawn. */
record PageGeometry(float width, float height, float margin) {

    static final float MARGIN = 12f / 25.4f * 72f;

    static PageGeometry of(PageSize size) {
        return new PageGeometry(size.widthPt(), size.heightPt(), MARGIN);
    }

    PDRectangle mediaBox() {
        return new PDRectangle(width, height);
    }

    float left() {
        return margin;
    }

    float right() {
        return width - margin;
    }

    float top() {
        return height - margin;
    }

    float bottom() {
        return margin;
    }

    float contentWidth() {
        return width - 2 * margin;
    }
}
