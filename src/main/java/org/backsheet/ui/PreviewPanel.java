package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PreviewController;
import org.backsheet.model.PageSize;

/**
 * The right pane: the real handout pages as they will print, with page navigation and zoom. Pages arrive
 * from the {@link PreviewController}'s background thread on the event thread.
 */
final class PreviewPanel extends JPanel implements PreviewController.View {

    private static final String FIT = UiTexts.get("preview.fitWidth");
    private static final String PAGES = "pages";
    private static final String INSTEAD = "instead";
    private static final Object[] ZOOMS = {FIT, "50%", "75%", "100%", "125%", "150%", "200%"};

    private final PageView page = new PageView();
    private final JScrollPane scroll = new JScrollPane(page);
    private final JLabel pageLabel = new JLabel(UiTexts.get("preview.noPages"));
    private final JLabel failure = new JLabel();
    private final JButton previous = new JButton("\u2039");
    private final JButton next = new JButton("\u203a");
    private final JComboBox<Object> zoom = new JComboBox<>(ZOOMS);
    private final IntConsumer pageCountListener;
    private PreviewController controller;
    private int pageIndex;
    private int pageCount;

    /** The pages with their bar, or for a while something shown in their place (the first-run welcome). */
    private final CardLayout cards = new CardLayout();

    private final JPanel pages = new JPanel(new BorderLayout());
    private Component instead;

    PreviewPanel(IntConsumer pageCountListener) {
        setLayout(cards);
        add(pages, PAGES);
        this.pageCountListener = pageCountListener;
        JPanel bar = new JPanel(new MigLayout("insets 6 6 6 6, gap 4", "[][][]push[][]"));
        JLabel title = new JLabel(UiTexts.get("preview.title"));
        title.putClientProperty("FlatLaf.styleClass", "h4");
        previous.setName("previewPrevious");
        next.setName("previewNext");
        previous.setToolTipText(UiTexts.get("preview.previous") + " (Page Up)");
        next.setToolTipText(UiTexts.get("preview.next") + " (Page Down)");
        pageLabel.setName("previewPageLabel");
        zoom.setName("previewZoom");
        zoom.setToolTipText(UiTexts.get("preview.zoom"));
        zoom.getAccessibleContext().setAccessibleName(UiTexts.get("preview.zoom"));
        bar.add(title, "gapright 8");
        bar.add(previous);
        bar.add(next);
        bar.add(pageLabel, "gapright 8");
        bar.add(zoom);
        pages.add(bar, BorderLayout.NORTH);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        pages.add(scroll, BorderLayout.CENTER);
        failure.setName("previewFailure");
        pages.add(failure, BorderLayout.SOUTH);
        previous.addActionListener(e -> go(pageIndex - 1));
        next.addActionListener(e -> go(pageIndex + 1));
        zoom.addActionListener(e -> updateResolution());
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                updateResolution();
            }
        });
        KeyBindings.bind(scroll, KeyStroke.getKeyStroke("PAGE_UP"), "prevPage", () -> go(pageIndex - 1));
        KeyBindings.bind(scroll, KeyStroke.getKeyStroke("PAGE_DOWN"), "nextPage", () -> go(pageIndex + 1));
        enableButtons();
    }

    /**
     * Where the keyboard lands when F6 reaches the preview: the zoom, from which Tab reaches the page buttons; what
     * is shown in the pages' place instead, while it is.
     */
    Component focusTarget() {
        return instead != null ? instead : zoom;
    }

    /** Shows {@code other} in the pages' place until {@link #showPages}; the pages go on being made meanwhile. */
    void showInstead(Component other) {
        showPages();
        instead = other;
        add(other, INSTEAD);
        cards.show(this, INSTEAD);
    }

    /** Shows the pages again, in place of what {@link #showInstead} put there. */
    void showPages() {
        if (instead != null) {
            remove(instead);
            instead = null;
        }
        cards.show(this, PAGES);
        revalidate();
        repaint();
    }

    /** Whether the pages show (not something in their place). */
    boolean showsPages() {
        return instead == null;
    }

    void setController(PreviewController controller) {
        this.controller = controller;
        updateResolution();
    }

    int pageCount() {
        return pageCount;
    }

    /** Whether the page shown is faded while a newer one is made. */
    boolean isOutOfDate() {
        return page.isOutOfDate();
    }

    BufferedImage shownImage() {
        return page.image();
    }

    @Override
    public void showPage(BufferedImage image, int index, int count) {
        pageIndex = index;
        pageCount = count;
        failure.setText("");
        page.show(image, screenScale());
        page.setOutOfDate(false);
        pageLabel.setText(UiTexts.get("preview.page", index + 1, count));
        enableButtons();
        pageCountListener.accept(count);
    }

    /** Fades the page and says so until the new one arrives, so a removed exercise never looks as if it stayed. */
    @Override
    public void showUpdating() {
        if (page.image() != null) {
            page.setOutOfDate(true);
            pageLabel.setText(UiTexts.get("preview.updating"));
        }
    }

    @Override
    public void showFailure(String message) {
        failure.setText(" " + UiTexts.get("preview.failed", message));
    }

    private void go(int index) {
        if (controller != null && index >= 0 && index < pageCount) {
            controller.showPage(index);
        }
    }

    private void enableButtons() {
        previous.setEnabled(pageIndex > 0);
        next.setEnabled(pageIndex < pageCount - 1);
    }

    /** Chooses the raster resolution: the zoom (or the width that fits) times the screen's scale. */
    private void updateResolution() {
        if (controller == null) {
            return;
        }
        Object choice = zoom.getSelectedItem();
        double zoomFactor;
        if (FIT.equals(choice)) {
            int available = scroll.getViewport().getWidth() - 2 * PageView.MARGIN;
            zoomFactor = available <= 50 ? 0.6 : available / (double) PageSize.LETTER.widthPt();
        } else {
            zoomFactor = Integer.parseInt(choice.toString().replace("%", "")) / 100.0 * 96 / 72;
        }
        controller.setPixelsPerPoint((float) (Math.max(0.2, zoomFactor) * screenScale()));
    }

    private double screenScale() {
        GraphicsConfiguration gc = getGraphicsConfiguration();
        return gc == null ? 1 : gc.getDefaultTransform().getScaleX();
    }
}
