package org.backsheet.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over snapshots of a draft that a dialog edits (the pose editor's picture). A change that repeats
 * the last one's key (typing on in the same caption, stepping the same joint) joins its step, so one undo takes
 * back a word or a turn of the spinner, not a letter or a single degree.
 */
final class DraftHistory<S> {

    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private Object lastKey;

    /**
     * Notes that the draft went from {@code before} to {@code after}; nothing when it did not change. {@code key}
     * names what changed (null for a change that never joins another).
     */
    void record(S before, S after, Object key) {
        if (before.equals(after)) {
            return;
        }
        redo.clear();
        if (key != null && Objects.equals(key, lastKey) && !undo.isEmpty()) {
            return;
        }
        undo.push(before);
        lastKey = key;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The state before the last step; {@code current} becomes the one to redo. */
    S undo(S current) {
        redo.push(current);
        lastKey = null;
        return undo.pop();
    }

    /** The state the last undo left; {@code current} becomes the one to undo again. */
    S redo(S current) {
        undo.push(current);
        lastKey = null;
        return redo.pop();
    }
}
