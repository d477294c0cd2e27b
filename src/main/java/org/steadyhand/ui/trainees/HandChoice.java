package org.steadyhand.ui.trainees;

import java.util.Optional;
import org.steadyhand.store.TraineeRepository.Hand;

/** The dominant-hand picker's choices: a hand, or not set (trainees created by a recording). */
public enum HandChoice {
    NOT_SET("Not set"),
    LEFT("Left"),
    RIGHT("Right");

    private final String label;

    HandChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    Optional<Hand> hand() {
        return switch (this) {
            case NOT_SET -> Optional.empty();
            case LEFT -> Optional.of(Hand.LEFT);
            case RIGHT -> Optional.of(Hand.RIGHT);
        };
    }

    static HandChoice of(Optional<Hand> hand) {
        return hand.map(h -> h == Hand.LEFT ? LEFT : RIGHT).orElse(NOT_SET);
    }
}
