package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The line breaker and the paginator on their own, with measured text and blocks of known height. */
class LayoutPartsTest {

    private PDDocument document;
    private FontFiles files;
    private TextStyle body;
    private final TextWrapper wrapper = new TextWrapper(Locale.ENGLISH);

    @BeforeEach
    void fonts() throws IOException {
        document = new PDDocument();
        files = FontFiles.borrow();
        body = new Typography(new DocumentFonts(document, files), false).body;
    }

    @AfterEach
    void release() throws IOException {
        FontFiles.release(files);
        document.close();
    }

    @Test
    void wrapsAtSpacesAndKeepsEveryLineWithinTheWidth() {
        String text = "Lie on your back with your knees bent and your feet flat on the floor, then breathe out.";
        List<String> lines = wrapper.wrap(text, body, 150);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(body.width(line)).isLessThanOrEqualTo(150f));
        assertThat(lines).noneMatch(line -> line.startsWith(" ") || line.endsWith(" "));
    }

    @Test
    void breaksAWordLongerThanTheLineAndAfterHyphens() {
        List<String> lines = wrapper.wrap("Knee-to-chest " + "x".repeat(80), body, 100);
        assertThat(lines).allSatisfy(line -> assertThat(body.width(line)).isLessThanOrEqualTo(100f));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Knee-to-chest" + "x".repeat(80));
        List<String> hyphenated = wrapper.wrap("Knee-to-chest-stretch", body, 60);
        assertThat(hyphenated.get(0)).endsWith("-");
    }

    @Test
    void newlinesStartNewLinesAndEmptyTextIsOneEmptyLine() {
        assertThat(wrapper.wrap("one\ntwo\n\nfour", body, 400)).containsExactly("one", "two", "", "four");
        assertThat(wrapper.wrap("", body, 400)).containsExactly("");
    }

    @Test
    void aShortFirstLineLeavesRoomForARunInLabel() {
        String text = "Keep breathing while you hold the stretch and move slowly.";
        List<String> lines = wrapper.wrap(text, body, 200, 120);
        assertThat(body.width(lines.get(0))).isLessThanOrEqualTo(120f);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(body.width(line)).isLessThanOrEqualTo(200f));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void paginatorMovesABlockThatDoesNotFitAndKeepsHeadingsWithTheirBlock() {
        List<FlowItem> flow = new ArrayList<>();
        flow.add(FlowItem.of(new Fixed(60), 0));
        flow.add(FlowItem.of(new Fixed(20), 10).keptWithNext());
        flow.add(FlowItem.of(new Fixed(30), 5));
        flow.add(FlowItem.of(new Fixed(90), 10).withRule());
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        // 60 fits; the heading (10 + 20) would fit but its block (5 + 30) would not: both move on
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).hasSize(1);
        assertThat(pages.get(1)).extracting(p -> p.block().height()).containsExactly(20f, 30f);
        assertThat(pages.get(1).get(0).offset())
                .as("no space above the first block of a page")
                .isZero();
        assertThat(pages.get(1).get(1).offset()).isEqualTo(25f);
        assertThat(pages.get(2).get(0).ruleAbove())
                .as("no rule at the top of a page")
                .isFalse();
    }

    @Test
    void paginatorSplitsABlockTallerThanAPage() {
        List<FlowItem> flow =
                List.of(FlowItem.of(new StackBlock(List.of(new Fixed(60), new Fixed(60), new Fixed(60)), 0), 0));
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        assertThat(pages).hasSize(3);
        assertThat(pages)
                .allSatisfy(page -> assertThat(page.get(0).block().height()).isLessThanOrEqualTo(100f));
    }

    @Test
    void aHeadingStaysWithTheFirstPieceOfASplitBlock() {
        List<FlowItem> flow = List.of(
                FlowItem.of(new Fixed(50), 0),
                FlowItem.of(new Fixed(20), 10).keptWithNext(),
                FlowItem.of(new StackBlock(List.of(new Fixed(30), new Fixed(30), new Fixed(30), new Fixed(30)), 0), 5));
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        // the heading does not end page one alone: it opens page two with the first 60 points of the block
        assertThat(pages.get(0)).hasSize(1);
        assertThat(pages.get(1)).extracting(p -> p.block().height()).containsExactly(20f, 60f);
    }

    @Test
    void aDividableBlockFillsThePageAndContinuesOnTheNext() {
        List<FlowItem> flow = List.of(
                FlowItem.of(new Fixed(50), 0),
                FlowItem.of(
                        new StackBlock(List.of(new Fixed(20), new Fixed(20), new Fixed(20), new Fixed(20)), 0), 10));
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        // 50 + 10 + two of the four items fill page one; the other two open page two
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).extracting(p -> p.block().height()).containsExactly(50f, 40f);
        assertThat(pages.get(1)).extracting(p -> p.block().height()).containsExactly(40f);
        assertThat(pages.get(1).get(0).offset()).isZero();
    }

    @Test
    void anItemKeptWithTheNextNeedsOnlyTheNextOnesFirstPartOnItsPage() {
        List<FlowItem> flow = List.of(
                FlowItem.of(new Fixed(40), 0).keptWithNext(),
                FlowItem.of(new StackBlock(List.of(new Fixed(30), new Fixed(30), new Fixed(30)), 0), 0));
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        assertThat(pages.get(0)).extracting(p -> p.block().height()).containsExactly(40f, 60f);
    }

    /** The last exercise kept with the advice, which is kept with "Avoid these": the advice's first part is enough. */
    @Test
    void anItemKeptWithADividableKeptItemNeedsOnlyItsFirstPart() {
        List<FlowItem> flow = List.of(
                FlowItem.of(new Fixed(10), 0),
                FlowItem.of(new Fixed(40), 0).keptWithNext(),
                FlowItem.of(new StackBlock(List.of(new Fixed(20), new Fixed(20), new Fixed(20)), 0), 0)
                        .keptWithNext(),
                FlowItem.of(new Fixed(30), 0));
        List<List<Paginator.Placed>> pages = new Paginator(100).paginate(flow);
        assertThat(pages.get(0)).extracting(p -> p.block().height()).containsExactly(10f, 40f, 40f);
        assertThat(pages.get(1)).extracting(p -> p.block().height()).containsExactly(20f, 30f);
    }

    @Test
    void aParagraphIsCutWithAtLeastTwoLinesOnEachSide() {
        float line = body.lineHeight();
        TextBlock five = TextBlock.ofLines(List.of("a", "b", "c", "d", "e"), body);
        assertThat(five.divide(line * 1.5f, 1000))
                .as("one line alone at the foot")
                .isNull();
        Block.Division cut = five.divide(line * 4.5f, 1000);
        assertThat(cut).isNotNull();
        assertThat(cut.head().height()).isEqualTo(line * 3);
        assertThat(cut.tail().height()).as("never one line alone at the head").isEqualTo(line * 2);
        assertThat(TextBlock.ofLines(List.of("a", "b", "c"), body).divide(line * 2.5f, 1000))
                .isNull();
    }

    /** A block of a given height that draws nothing. */
    private record Fixed(float height) implements Block {
        @Override
        public void draw(PageCanvas canvas, float x, float top) {}
    }
}
