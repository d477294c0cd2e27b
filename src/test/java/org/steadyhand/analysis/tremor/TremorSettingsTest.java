package org.steadyhand.analysis.tremor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TremorSettingsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        TremorSettings s = TremorSettings.defaults();

        assertThat(s.highPassCutoffHz()).isEqualTo(2.0);
        assertThat(s.segmentSeconds()).isEqualTo(2.0);
        assertThat(s.searchLowHz()).isEqualTo(3.0);
        assertThat(s.searchHighHz()).isEqualTo(12.0);
        assertThat(s.analysisHighHz()).isEqualTo(25.0);
        assertThat(s.stabilityFullMarksMicrometres()).isEqualTo(35.0);
        assertThat(s.stabilityZeroMicrometres()).isEqualTo(200.0);
        assertThat(s.windowSeconds()).isEqualTo(4.0);
        assertThat(s.updateSeconds()).isEqualTo(0.1);
    }

    @Test
    void rejectsNonPositiveSegment() {
        assertThatThrownBy(() -> TremorSettings.defaults().withSegmentSeconds(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'segmentSeconds' must be > 0 and finite, got 0.0");
    }

    @Test
    void rejectsWindowShorterThanSegment() {
        assertThatThrownBy(() -> TremorSettings.defaults().withWindowSeconds(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'windowSeconds' must be >= 'segmentSeconds'");
    }

    @Test
    void rejectsAnalysisBandBelowTheCutoff() {
        assertThatThrownBy(() -> TremorSettings.defaults().withHighPassCutoffHz(30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'analysisHighHz' must be > 'highPassCutoffHz'");
    }
}
