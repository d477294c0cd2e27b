package org.steadyhand.ui.rig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.analysis.tremor.TremorHighPass;

/**
 * The settings stored with a session recorded from the rig screen, so that what the trainee saw
 * can be reproduced later (keys in snake_case with units, as in DESIGN.md).
 */
final class RecordingSettings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordingSettings() {}

    static String json(List<String> sources, Optional<SimSkill> skill) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("recorded_by", "workstation");
        // The ANT+ network key is the user's licence secret: it must not reach the database.
        settings.put(
                "sources",
                sources.stream()
                        .map(spec -> spec.replaceAll("([?&]network_key=)[^&]*", "$1***"))
                        .toList());
        skill.ifPresent(s -> settings.put("sim_skill", s.id()));
        settings.put("force_caution_mn", ForceLevel.CAUTION_MN);
        settings.put("force_danger_mn", ForceLevel.DANGER_MN);
        settings.put("tremor_highpass_hz", TremorHighPass.DEFAULT_CUTOFF_HZ);
        settings.put("tremor_rms_window_s", AxisTremor.RMS_WINDOW_SECONDS);
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and numbers always serialise", e);
        }
    }
}
