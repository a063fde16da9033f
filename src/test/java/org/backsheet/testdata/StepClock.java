package org.backsheet.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test says so, so nothing a test checks depends on how fast the machine is. */
public final class StepClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    private StepClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A clock standing at noon UTC on 21 November 2026. */
    public static StepClock standing() {
        return new StepClock(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    }

    /** Moves the time on by {@code step}. */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        // A copy standing at this moment; the tests step the clock they were given, not copies of it.
        return new StepClock(now, newZone);
    }
}
