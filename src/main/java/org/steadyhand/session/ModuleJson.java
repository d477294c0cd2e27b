package org.steadyhand.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.steadyhand.analysis.score.ScoreComponent;
import org.steadyhand.analysis.score.ScoreMapping;
import org.steadyhand.analysis.score.ScoringPlan;
import org.steadyhand.analysis.shot.TargetType;

/**
 * The JSON shape of one module in {@code modules.json}, and its conversion to a
 * {@link TrainingModule}. Keys are snake_case with units in the key, as in every JSON the
 * workstation writes. A module without {@code scoring} is not scored by this version.
 */
record ModuleJson(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "family", required = true) String family,
        @JsonProperty(value = "duration_s", required = true) double durationSeconds,
        @JsonProperty("description") String description,
        @JsonProperty("task") TaskJson task,
        @JsonProperty("pass_mark") Double passMark,
        @JsonProperty("scoring") List<ComponentJson> scoring) {

    TrainingModule toModule() {
        Optional<ScoringPlan> plan = Optional.empty();
        if (scoring != null && !scoring.isEmpty()) {
            if (passMark == null) {
                throw new IllegalArgumentException("module " + id + " has scoring but no 'pass_mark'");
            }
            plan = Optional.of(new ScoringPlan(
                    scoring.stream().map(ComponentJson::toComponent).toList(), passMark));
        }
        return new TrainingModule(
                id,
                name,
                TrainingModule.Family.valueOf(family.toUpperCase(Locale.ROOT)),
                Duration.ofMillis(Math.round(durationSeconds * 1000)),
                description == null ? "" : description,
                task == null ? new TaskTarget.None() : task.toTarget(id),
                plan);
    }

    record TaskJson(
            @JsonProperty(value = "type", required = true) String type,
            @JsonProperty("x_mm") double xMillimetres,
            @JsonProperty("y_mm") double yMillimetres,
            @JsonProperty("tolerance_mm") double toleranceMillimetres,
            @JsonProperty("radius_mm") double radiusMillimetres,
            @JsonProperty("target") String target) {
        TaskTarget toTarget(String moduleId) {
            return switch (type) {
                case "hold_point" -> new TaskTarget.HoldPoint(xMillimetres, yMillimetres, toleranceMillimetres);
                case "trace_circle" -> new TaskTarget.TraceCircle(xMillimetres, yMillimetres, radiusMillimetres);
                case "shoot" -> new TaskTarget.Shoot(face(moduleId));
                case "none" -> new TaskTarget.None();
                default ->
                    throw new IllegalArgumentException("module " + moduleId + ": unknown task type '" + type
                            + "'; expected hold_point, trace_circle, shoot or none");
            };
        }

        private TargetType face(String moduleId) {
            return TargetType.byId(target == null ? "" : target)
                    .orElseThrow(() -> new IllegalArgumentException("module " + moduleId + ": task 'shoot' needs"
                            + " 'target', one of " + TargetType.ids() + "; got '" + target + "'"));
        }
    }

    record ComponentJson(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "metric", required = true) String metric,
            @JsonProperty(value = "weight", required = true) double weight,

            @JsonProperty(value = "mapping", required = true)
            MappingJson mapping,

            @JsonProperty("min_score") Double minimumScore) {
        ScoreComponent toComponent() {
            return new ScoreComponent(
                    id,
                    name,
                    metric,
                    weight,
                    mapping.toMapping(id),
                    minimumScore == null ? OptionalDouble.empty() : OptionalDouble.of(minimumScore));
        }
    }

    record MappingJson(
            @JsonProperty(value = "type", required = true) String type,
            @JsonProperty(value = "best", required = true) double best,
            @JsonProperty(value = "worst", required = true) double worst) {
        ScoreMapping toMapping(String componentId) {
            return switch (type) {
                case "linear" -> new ScoreMapping.Linear(best, worst);
                case "log_linear" -> new ScoreMapping.LogLinear(best, worst);
                default ->
                    throw new IllegalArgumentException("component " + componentId + ": unknown mapping '" + type
                            + "'; expected linear or log_linear");
            };
        }
    }
}
