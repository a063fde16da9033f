package org.backsheet.ui;

import java.awt.Window;
import java.io.IOException;
import javax.swing.JOptionPane;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.TemplateController;
import org.backsheet.editor.TemplateController.Template;

/** The two template commands of the File menu: the dialogs around {@link TemplateController}. */
final class TemplateCommands {

    private final Window owner;
    private final EditorController editor;
    private final TemplateController templates;

    TemplateCommands(Window owner, EditorController editor, TemplateController templates) {
        this.owner = owner;
        this.editor = editor;
        this.templates = templates;
    }

    /** File > New from Template: pick one, then the usual "Save changes?" question, then the new sheet. */
    void newFromTemplate() {
        Template template = TemplateDialog.choose(owner, templates);
        if (template == null) {
            return;
        }
        try {
            templates.newFromTemplate(template);
        } catch (IOException e) {
            error(String.valueOf(e.getMessage()));
        }
    }

    /** File > Save as Template: asks for a name (again after a bad one), and before replacing a template. */
    void saveAsTemplate() {
        String suggested = editor.sheet().title();
        while (true) {
            Object answer = JOptionPane.showInputDialog(
                    owner,
                    UiTexts.get("templates.askName"),
                    UiTexts.get("templates.saveTitle"),
                    JOptionPane.QUESTION_MESSAGE,
                    null,
                    null,
                    suggested == null ? "" : suggested);
            if (answer == null) {
                return;
            }
            String name = answer.toString().strip();
            try {
                if (templates.exists(name)
                        && JOptionPane.showConfirmDialog(
                                        owner,
                                        UiTexts.get("templates.replace", name),
                                        UiTexts.get("templates.saveTitle"),
                                        JOptionPane.YES_NO_OPTION,
                                        JOptionPane.WARNING_MESSAGE)
                                != JOptionPane.YES_OPTION) {
                    suggested = name;
                    continue;
                }
                templates.saveAsTemplate(name);
                editor.status(editor.texts().get("template.saved", name));
                return;
            } catch (IllegalArgumentException e) {
                error(e.getMessage());
                suggested = name;
            } catch (IOException e) {
                error(editor.texts().get("template.saveFailed", name, String.valueOf(e.getMessage())));
                return;
            }
        }
    }

    private void error(String message) {
        JOptionPane.showMessageDialog(owner, message, UiTexts.get("templates.error"), JOptionPane.ERROR_MESSAGE);
    }
}
