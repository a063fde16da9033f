package org.backsheet.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;

/**
 * What the patient needs for the whole program, worked out from each exercise's {@link Exercise#equipment()}, in
 * the words printed after "What you need:" ("a mat or carpet", "a towel", "an exercise bike or a treadmill"): each
 * thing once, in the order of {@link Equipment}. A reader found no such list and gathered things as each exercise
 * asked for them.
 */
final class EquipmentWords {

    /**
     * Things of which one exercise names several as choices, not as a set: "Stationary bike or treadmill" is done on
     * either. Every other pair an exercise names is needed together (a towel and a mat).
     */
    private static final Set<Equipment> EITHER = EnumSet.of(Equipment.STATIONARY_BIKE, Equipment.TREADMILL);

    /**
     * Things that differ from one exercise to the next, so that they are counted per exercise ("2 gym machines" for a
     * leg press and a lat pulldown); any other thing serves every exercise that names it (one mat).
     */
    private static final Set<Equipment> ONE_PER_EXERCISE = EnumSet.of(Equipment.EXERCISE_MACHINE);

    private EquipmentWords() {}

    /** The things in words, each once; empty when no exercise needs anything. */
    static List<String> of(List<Exercise> exercises, Labels labels) {
        // each need is a set of things, any one of which will do; counted by the exercises that name it
        Map<Set<Equipment>, Integer> needs = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            for (Set<Equipment> need : needs(exercise)) {
                needs.merge(need, 1, Integer::sum);
            }
        }
        // a choice is already met when one of its things is needed on its own
        needs.keySet()
                .removeIf(need ->
                        need.size() > 1 && need.stream().anyMatch(thing -> needs.containsKey(EnumSet.of(thing))));
        List<Set<Equipment>> order = new ArrayList<>(needs.keySet());
        order.sort(Comparator.comparing((Set<Equipment> need) -> need.iterator().next()));
        List<String> words = new ArrayList<>();
        for (Set<Equipment> need : order) {
            List<String> choices = new ArrayList<>();
            for (Equipment thing : need) {
                int count = ONE_PER_EXERCISE.contains(thing) ? needs.get(need) : 1;
                choices.add(labels.format("need." + thing.name(), count));
            }
            String choice = choices.get(0);
            for (String other : choices.subList(1, choices.size())) {
                choice = labels.format("need.or", choice, other);
            }
            words.add(choice);
        }
        return words;
    }

    /** The needs of one exercise: its things one by one, the choices among them together. */
    private static List<Set<Equipment>> needs(Exercise exercise) {
        List<Set<Equipment>> needs = new ArrayList<>();
        Set<Equipment> either = EnumSet.noneOf(Equipment.class);
        for (Equipment thing : exercise.equipment()) {
            if (EITHER.contains(thing)) {
                either.add(thing);
            } else if (!needs.contains(EnumSet.of(thing))) {
                needs.add(EnumSet.of(thing));
            }
        }
        if (!either.isEmpty()) {
            needs.add(either);
        }
        return needs;
    }
}
