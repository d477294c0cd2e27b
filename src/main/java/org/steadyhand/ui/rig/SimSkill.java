package org.steadyhand.ui.rig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The practice level the simulated rig acts out, chosen on the rig screen. It becomes the
 * {@code skill} option of every {@code sim} source spec ({@code sim?skill=expert},
 * {@code sim:42?skill=expert}); other sources are left as configured.
 */
public enum SimSkill {
    NOVICE("Novice"),
    INTERMEDIATE("Intermediate"),
    EXPERT("Expert");

    private final String label;

    SimSkill(String label) {
        this.label = label;
    }

    /** The value of the spec's {@code skill} option. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Whether any of the specs is a simulated rig, i.e. whether a skill choice means anything. */
    public static boolean appliesTo(List<String> specs) {
        return specs.stream().anyMatch(SimSkill::isSim);
    }

    /** The specs with this skill set on every sim spec (replacing a skill given there). */
    public List<String> applyTo(List<String> specs) {
        List<String> result = new ArrayList<>(specs.size());
        for (String spec : specs) {
            result.add(isSim(spec) ? withSkill(spec.strip()) : spec);
        }
        return List.copyOf(result);
    }

    private String withSkill(String spec) {
        int q = spec.indexOf('?');
        String base = q < 0 ? spec : spec.substring(0, q);
        List<String> options = new ArrayList<>();
        if (q >= 0) {
            for (String option : spec.substring(q + 1).split("&")) {
                if (!option.isEmpty() && !option.startsWith("skill=")) {
                    options.add(option);
                }
            }
        }
        options.add(0, "skill=" + id());
        return base + "?" + String.join("&", options);
    }

    private static boolean isSim(String spec) {
        // By the scheme alone: a malformed spec is reported when the rig opens it, not here.
        String text = spec.strip();
        return text.equals("sim") || text.startsWith("sim:") || text.startsWith("sim?");
    }
}
