package org.steadyhand.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.analysis.score.ScoreComponent;
import org.steadyhand.analysis.score.ScoreMapping;
import org.steadyhand.analysis.score.ScoringPlan;
import org.steadyhand.core.BadInputException;

class ModuleCatalogTest {

    @Test
    void shipsTheSurgicalModulesWithScoringAndTargets() {
        ModuleCatalog catalog = ModuleCatalog.builtIn();

        assertThat(catalog.all()).extracting(TrainingModule::id).startsWith("anti-tremor", "forceps", "capsulorhexis");
        TrainingModule rhexis = catalog.require("capsulorhexis");
        assertThat(rhexis.target()).isEqualTo(new TaskTarget.TraceCircle(0, 0, 2.5));
        ScoringPlan plan = rhexis.scoring().orElseThrow();
        assertThat(plan.passMark()).isEqualTo(70.0);
        assertThat(plan.components())
                .extracting(ScoreComponent::id)
                .containsExactly(
                        "target_achievement", "path_precision", "efficiency", "tissue_treatment", "tremor_stability");
        assertThat(plan.components().get(1).mapping()).isEqualTo(new ScoreMapping.LogLinear(0.1, 1.0));
        assertThat(catalog.require("anti-tremor").target()).isEqualTo(new TaskTarget.HoldPoint(0, 0, 0.25));
        assertThat(catalog.require("forceps")
                        .scoring()
                        .orElseThrow()
                        .components()
                        .get(1)
                        .minimumScore())
                .hasValue(25.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [{"id":"a","name":"A","family":"surgical","duration_s":1,"pass_mark":70,"scoring":[{"id":"x","name":"X","metric":"m","weight":1,"mapping":{"type":"cubic","best":0,"worst":1}}]}] | unknown mapping 'cubic'
            [{"id":"a","name":"A","family":"surgical","duration_s":1,"scoring":[{"id":"x","name":"X","metric":"m","weight":1,"mapping":{"type":"linear","best":0,"worst":1}}]}] | no 'pass_mark'
            [{"id":"a","name":"A","family":"surgical","duration_s":1,"pass_mark":70,"scoring":[{"id":"x","name":"X","metric":"m","weight":0,"mapping":{"type":"linear","best":0,"worst":1}}]}] | 'weight' must be > 0
            [{"id":"a","name":"A","family":"surgical","duration_s":1,"task":{"type":"spiral"}}] | unknown task type 'spiral'
            [{"id":"a","family":"surgical","duration_s":1}] | name
            [{"id":"a","name":"A","family":"surgical","duration_s":1}, {"id":"a","name":"B","family":"surgical","duration_s":1}] | defined twice
            not json | invalid module definitions in test
            """)
    void refusesInvalidDefinitionsWithAClearMessage(String json, String message) {
        assertThatThrownBy(() ->
                        ModuleCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("invalid module definitions in test")
                .hasMessageContaining(message);
    }
}
