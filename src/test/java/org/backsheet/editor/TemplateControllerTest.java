package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.editor.FileView.SaveChoice;
import org.backsheet.editor.TemplateController.Template;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateControllerTest extends EditorTestBase {

    @TempDir
    Path folder;

    private TemplateController templates;

    @BeforeEach
    void createTemplates() {
        templates = new TemplateController(editor, null, folder.resolve("templates"));
    }

    @Test
    void listsTheFourBuiltInProgramsWithoutPatientOrDate() throws Exception {
        assertThat(templates.list())
                .extracting(Template::name)
                .containsExactly("Basic daily routine", "Gentle routine", "Seven back exercises", "Advanced program");
        for (Template t : templates.list()) {
            Sheet sheet = templates.load(t);
            assertThat(sheet.items()).isNotEmpty();
            assertThat(sheet.patient()).isNull();
            assertThat(sheet.date()).isNull();
            assertThat(sheet.title()).isNotBlank();
        }
    }

    @Test
    void savedTemplateIsListedAndKeepsNoPatientOrDate() throws Exception {
        editor.items().add("bridging");
        editor.items().add("pelvic-tilt");
        editor.details().setText(TextField.PATIENT, "Anna Berg");
        editor.details().setText(TextField.TITLE, "After surgery");
        Path file = templates.saveAsTemplate("  Post-op week 1 ");

        assertThat(file).isEqualTo(folder.resolve("templates/Post-op week 1.backsheet.json"));
        assertThat(templates.list())
                .extracting(Template::name)
                .contains("Post-op week 1")
                .hasSize(5);
        Sheet saved = SheetFiles.read(file);
        assertThat(saved.patient()).isNull();
        assertThat(saved.date()).isNull();
        assertThat(saved.title()).isEqualTo("After surgery");
        assertThat(templates.exists("Post-op week 1")).isTrue();
        // Saving the template is not saving the sheet.
        assertThat(editor.undo().isModified()).isTrue();
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        for (String bad : new String[] {"", "   ", "../evil", "a/b", "x\\y", ".hidden"}) {
            assertThatThrownBy(() -> templates.saveAsTemplate(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("name");
        }
        assertThat(Files.exists(folder.resolve("templates"))).isFalse();
    }

    @Test
    void newFromTemplateGivesItsItemsUntitledWithTheRememberedClinician() throws Exception {
        prefs.put(PreferenceKeys.CLINICIAN, "Dr. Lee");
        prefs.put(PreferenceKeys.CLINIC_NAME, "Riverside Physio");
        Template gentle = templates.list().get(1);
        Sheet template = templates.load(gentle);

        assertThat(templates.newFromTemplate(gentle)).isTrue();

        Sheet sheet = editor.sheet();
        assertThat(sheet.items()).isEqualTo(template.items());
        assertThat(sheet.title()).isEqualTo(template.title());
        assertThat(sheet.patient()).isNull();
        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(sheet.clinician()).isEqualTo("Dr. Lee");
        assertThat(sheet.clinic().name()).isEqualTo("Riverside Physio");
        assertThat(editor.document().file()).isNull();
        assertThat(editor.files().documentName()).isEqualTo("Untitled");
        assertThat(editor.undo().canUndo()).isFalse();
    }

    @Test
    void newFromTemplateAsksAboutUnsavedChangesLikeNew() throws Exception {
        editor.items().add("bridging");
        files.saveAnswers.add(SaveChoice.CANCEL);
        assertThat(templates.newFromTemplate(templates.list().get(0))).isFalse();
        assertThat(ids()).containsExactly("bridging");
        assertThat(files.saveQuestions).isEqualTo(1);
    }
}
