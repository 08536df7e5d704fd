package io.triage.config;

import io.triage.resilience.Sleeper;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * The gateway's time: the clock that circuit breakers, caches and records read, and the way
 * retries wait. Tests replace this bean with one whose time they move by hand.
 */
@ApplicationScoped
public class TimeSource {

    public Clock clock() {
        return Clock.systemUTC();
    }

    public Sleeper sleeper() {
        return Sleeper.REAL;
    }
}
