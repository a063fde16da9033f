package org.backsheet.model.figure;

/**
 * The drawn picture of an exercise: a start pose and, where the exercise moves, an end pose.
 * (Placeholder shape; the figure work fills it in.)
 */
public record Figure(String start, String end) {
}
