package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.model.RecoveredSheet;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    private static final Instant NINE = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path home;

    @Test
    void aSavedCopyIsListedWithItsFileAndTimeAndRestoresTheSheet() throws Exception {
        Path folder = home.resolve("recovery");
        Path original = home.resolve("anna.backsheet.json");
        Sheet unsaved = Sheet.empty().withTitle("Anna's program \u2014 week 2 \uD83D\uDCAA");

        new RecoveryStore(folder, Clock.fixed(NINE, ZoneOffset.UTC))
                .save("sheet-1", original, SheetFiles.toJson(unsaved));

        List<RecoveredSheet> copies = new RecoveryStore(folder).list();
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.sheetId()).isEqualTo("sheet-1");
            assertThat(copy.originalFile()).isEqualTo(original.toAbsolutePath());
            assertThat(copy.originalFileName()).isEqualTo("anna.backsheet.json");
            assertThat(copy.savedAt()).isEqualTo(NINE);
            assertThat(SheetFiles.parse("recovered", copy.sheetJson().getBytes(UTF_8)))
                    .isEqualTo(unsaved);
        });
    }

    @Test
    void aSheetNeverSavedHasNoOriginalFile() throws Exception {
        RecoveryStore store = new RecoveryStore(home);

        store.save("new-sheet", null, SheetFiles.toJson(Sheet.empty()));

        assertThat(store.list()).singleElement().satisfies(copy -> {
            assertThat(copy.originalFile()).isNull();
            assertThat(copy.originalFileName()).isNull();
        });
    }

    @Test
    void aNewerCopyReplacesTheOlderOneOfTheSameSheet() throws Exception {
        RecoveryStore store = new RecoveryStore(home);

        store.save("sheet-1", null, SheetFiles.toJson(Sheet.empty().withTitle("first")));
        store.save("sheet-1", null, SheetFiles.toJson(Sheet.empty().withTitle("second")));

        assertThat(store.list())
                .singleElement()
                .extracting(RecoveredSheet::sheetJson)
                .asString()
                .contains("second");
        assertThat(filesIn(home)).containsExactly("sheet-1.recovery.json");
    }

    @Test
    void copiesAreListedNewestFirst() throws Exception {
        new RecoveryStore(home, Clock.fixed(NINE, ZoneOffset.UTC)).save("older", null, "{}");
        new RecoveryStore(home, Clock.fixed(TEN, ZoneOffset.UTC)).save("newer", null, "{}");

        assertThat(new RecoveryStore(home).list())
                .extracting(RecoveredSheet::sheetId)
                .containsExactly("newer", "older");
    }

    @Test
    void removeDeletesOnlyThatSheetsCopy() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        store.save("keep", null, "{}");
        store.save("drop", null, "{}");

        store.remove("drop");
        store.remove("never-there");

        assertThat(store.list()).extracting(RecoveredSheet::sheetId).containsExactly("keep");
    }

    @Test
    void removingACopyLeftByAKilledProgramAlsoRemovesItsLockFile() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        store.save("killed", null, "{}");
        Files.writeString(home.resolve("killed" + RecoveryStore.LOCK_SUFFIX), "");
        store.save("open-here", null, "{}");
        try (RecoveryStore.Claim held = store.claim("open-here")) {
            store.remove("killed");
            store.remove("open-here");
            assertThat(home.resolve("killed" + RecoveryStore.LOCK_SUFFIX)).doesNotExist();
            // A claim still held is not pulled from under its window.
            assertThat(home.resolve("open-here" + RecoveryStore.LOCK_SUFFIX)).exists();
        }
    }

    @Test
    void aMissingFolderHasNothingToRecover() throws Exception {
        assertThat(new RecoveryStore(home.resolve("not-yet")).list()).isEmpty();
    }

    @Test
    void unreadableFilesAreSkippedAndLeftAlone() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        store.save("good", null, "{}");
        Files.writeString(home.resolve("broken.recovery.json"), "{\"format\":\"backsheet/recov", UTF_8);
        Files.writeString(home.resolve("other.recovery.json"), "[1,2,3]", UTF_8);
        Files.writeString(
                home.resolve("evil.recovery.json"),
                "{\"format\":\"backsheet/recovery\",\"sheetId\":\"../../etc/passwd\",\"sheetJson\":\"{}\"}",
                UTF_8);

        assertThat(store.list()).extracting(RecoveredSheet::sheetId).containsExactly("good");
        assertThat(filesIn(home)).hasSize(4);
    }

    @Test
    void sheetIdsThatAreNotPlainNamesAreRefused() {
        RecoveryStore store = new RecoveryStore(home);

        assertThatThrownBy(() -> store.save("../escape", null, "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.remove("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultStoreLivesInTheUserDataFolder() {
        String before = System.getProperty(UserDataFolders.HOME_PROPERTY);
        System.setProperty(UserDataFolders.HOME_PROPERTY, home.toString());
        try {
            assertThat(RecoveryStore.inUserDataFolder().folder()).isEqualTo(home.resolve("recovery"));
        } finally {
            if (before == null) {
                System.clearProperty(UserDataFolders.HOME_PROPERTY);
            } else {
                System.setProperty(UserDataFolders.HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void aCopyClaimedByAnotherRunningProgramIsNotOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        store.save("open-elsewhere", null, "{}");
        store.save("crashed", null, "{}");

        // Another BackSheet still has this sheet open: it holds the claim from its own process.
        Process other = holdLockInAnotherProcess(home.resolve("open-elsewhere.lock"));
        try {
            assertThat(store.list()).extracting(RecoveredSheet::sheetId).containsExactly("crashed");
        } finally {
            other.destroyForcibly().waitFor();
        }
        // It was killed: the operating system dropped its claim, and its copy is offered now.
        assertThat(store.list())
                .extracting(RecoveredSheet::sheetId)
                .containsExactlyInAnyOrder("crashed", "open-elsewhere");
    }

    @Test
    void aWindowOfThisProgramKeepsItsClaimUntilItCloses() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        RecoveryStore.Claim claim = store.claim("mine");
        store.save("mine", null, "{}");

        assertThat(store.claim("mine")).isNull();
        assertThat(store.list()).isEmpty();

        claim.close();
        assertThat(store.list()).extracting(RecoveredSheet::sheetId).containsExactly("mine");
        assertThat(home.resolve("mine.lock")).doesNotExist();
    }

    /** Starts a small Java program that locks {@code lockFile} and waits until it is killed. */
    private static Process holdLockInAnotherProcess(Path lockFile) throws Exception {
        Path source = lockFile.resolveSibling("HoldLock.java");
        Files.writeString(
                source,
                """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        System.out.flush();
                        Thread.currentThread().join();
                    }
                }
                """,
                UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, source.toString(), lockFile.toString())
                .redirectErrorStream(true)
                .start();
        String firstLine = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8)).readLine();
        assertThat(firstLine).isEqualTo("locked");
        Files.delete(source);
        return process;
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
