package org.backsheet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Another block moved right by a fixed amount. */
final class IndentBlock implements Block {

    private final Block inner;
    private final float indent;

    IndentBlock(Block inner, float indent) {
        this.inner = inner;
        this.indent = indent;
    }

    @Override
    public float height() {
        return inner.height();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top) throws IOException {
        inner.draw(canvas, x + indent, top);
    }

    @Override
    public Division divide(float remaining, float nextPageHeight) {
        Division inner = this.inner.divide(remaining, nextPageHeight);
        return inner == null
                ? null
                : new Division(new IndentBlock(inner.head(), indent), new IndentBlock(inner.tail(), indent));
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public List<Block> split(float maxHeight) {
        List<Block> pieces = new ArrayList<>();
        for (Block b : inner.split(maxHeight)) {
            pieces.add(new IndentBlock(b, indent));
        }
        return pieces;
    }
}
