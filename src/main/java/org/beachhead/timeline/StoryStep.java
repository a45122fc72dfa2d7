package org.beachhead.timeline;

import java.util.List;

/** One step of the story mode: a key event, its place among them, and its neighbours (null at the ends). */
public record StoryStep(int number, EventCard event, EventCard previous, EventCard next, List<EventCard> steps) {
}
