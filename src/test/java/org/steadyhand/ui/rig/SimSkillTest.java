package org.steadyhand.ui.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimSkillTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sim                           | EXPERT | sim?skill=expert
            sim:42                        | NOVICE | sim:42?skill=novice
            sim?skill=novice              | EXPERT | sim?skill=expert
            sim:7?pace=fast&skill=expert  | NOVICE | sim:7?skill=novice&pace=fast
            serial:mark10:/dev/ttyUSB0    | EXPERT | serial:mark10:/dev/ttyUSB0
            """)
    void setsTheSkillOfSimSpecsOnly(String spec, SimSkill skill, String expected) {
        assertThat(skill.applyTo(List.of(spec))).containsExactly(expected);
    }

    @Test
    void appliesOnlyWhenASimulatedRigIsConfigured() {
        assertThat(SimSkill.appliesTo(List.of("serial:mark10:COM3", "sim:1"))).isTrue();
        assertThat(SimSkill.appliesTo(List.of("serial:mark10:COM3"))).isFalse();
        assertThat(SimSkill.appliesTo(List.of("not a spec"))).isFalse();
    }
}
