package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimTaskTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            anti-tremor,    HOLD_STILL,     false
            forceps,        GRASP_AND_PEEL, false
            capsulorhexis,  CIRCLE_TRACE,   false
            air-rifle-10m,  AIR_RIFLE,      true
            air-pistol-10m, AIR_PISTOL,     true
            vitrectomy,     HOLD_STILL,     false
            '',             HOLD_STILL,     false
            """)
    void moduleIdChoosesTheTask(String moduleId, SimTask task, boolean aims) {
        assertThat(SimTask.forModule(moduleId)).isEqualTo(task);
        assertThat(task.aims()).isEqualTo(aims);
    }
}
