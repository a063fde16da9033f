package org.backsheet.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import javax.swing.DefaultListCellRenderer;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.TemplateController;
import org.backsheet.editor.TemplateController.Template;

/**
 * "New from Template": the templates on the left, the first page of the chosen one on the right. The page is
 * rendered on a worker thread, so moving through the list never freezes the window; a slow render overtaken by
 * a newer choice is thrown away.
 */
final class TemplateDialog extends JDialog {

    /** Pixels per point of the preview: half size, a Letter page becomes about 306 x 396 pixels. */
    private static final float PREVIEW_SCALE = 0.5f;

    private final TemplateController templates;
    private final JList<Template> list;
    private final JLabel preview = new JLabel("", SwingConstants.CENTER);
    private Template chosen;
    private int generation;

    private TemplateDialog(Window owner, TemplateController templates) {
        super(owner, UiTexts.get("templates.title"), ModalityType.APPLICATION_MODAL);
        this.templates = templates;
        setName("templateDialog");
        list = new JList<>(templates.list().toArray(Template[]::new));
        list.setName("templateList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> l, Object value, int index, boolean selected, boolean focus) {
                Template t = (Template) value;
                String text = t.builtIn() ? UiTexts.get("templates.builtIn", t.name()) : t.name();
                return super.getListCellRendererComponent(l, text, index, selected, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showPreview(list.getSelectedValue());
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getSelectedValue() != null) {
                    choose();
                }
            }
        });
        preview.setName("templatePreview");
        preview.setPreferredSize(new Dimension(340, 420));

        JButton create = new JButton(UiTexts.get("templates.create"));
        create.setName("templateCreate");
        create.addActionListener(e -> choose());
        JButton cancel = new JButton(UiTexts.get("templates.cancel"));
        cancel.addActionListener(e -> dispose());

        JPanel content =
                new JPanel(new MigLayout("insets 12, fill, gap 10", "[270!,fill][grow,fill]", "[grow,fill][]"));
        content.add(new JScrollPane(list));
        content.add(new JScrollPane(preview), "wrap");
        content.add(cancel, "span, split 2, right, tag cancel");
        content.add(create, "tag ok");
        setContentPane(content);
        getRootPane().setDefaultButton(create);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
        if (list.getModel().getSize() > 0) {
            list.setSelectedIndex(0);
        }
    }

    /** Shows the dialog and returns the template the user picked, or null when cancelled. */
    static Template choose(Window owner, TemplateController templates) {
        TemplateDialog dialog = new TemplateDialog(owner, templates);
        dialog.setVisible(true);
        return dialog.chosen;
    }

    private void choose() {
        chosen = list.getSelectedValue();
        if (chosen != null) {
            dispose();
        }
    }

    private void showPreview(Template template) {
        int mine = ++generation;
        preview.setIcon(null);
        if (template == null) {
            preview.setText("");
            return;
        }
        preview.setText(UiTexts.get("templates.preparing"));
        new SwingWorker<BufferedImage, Void>() {
            @Override
            protected BufferedImage doInBackground() throws Exception {
                return templates.previewImage(template, PREVIEW_SCALE);
            }

            @Override
            protected void done() {
                if (mine != generation) {
                    return; // the user has moved on to another template
                }
                try {
                    preview.setIcon(new ImageIcon(get()));
                    preview.setText("");
                } catch (ExecutionException e) {
                    preview.setText(UiTexts.get(
                            "templates.previewFailed",
                            String.valueOf(e.getCause().getMessage())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
