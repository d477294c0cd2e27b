package org.steadyhand.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steadyhand.analysis.score.ComponentScore;
import org.steadyhand.analysis.score.Grade;
import org.steadyhand.analysis.score.ModuleScore;

/**
 * The JSON kept in the {@code score.components} column: grade, pass mark, failed components, the
 * component scores and the metrics. NaN (not measured) is written as JSON {@code null}.
 */
final class ScoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScoreJson() {}

    static String write(ModuleScore score, Map<String, Double> metrics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("grade", score.grade().name());
        root.put("pass_mark", score.passMark());
        ArrayNode failed = root.putArray("failed_components");
        score.failedComponents().forEach(failed::add);
        ArrayNode components = root.putArray("components");
        for (ComponentScore c : score.components()) {
            ObjectNode node = components.addObject();
            node.put("id", c.id());
            node.put("name", c.name());
            node.put("metric", c.metric());
            putNumber(node, "value", c.metricValue());
            putNumber(node, "score", c.score());
            node.put("weight", c.weight());
        }
        ObjectNode metricNode = root.putObject("metrics");
        metrics.forEach((name, value) -> putNumber(metricNode, name, value));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a score could not be written as JSON", e);
        }
    }

    static StoredScore read(
            String moduleId, double overall, boolean passed, String json, java.time.Instant computedAt) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored score is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<ComponentScore> components = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            components.add(new ComponentScore(
                    c.path("id").asText(),
                    c.path("name").asText(),
                    c.path("metric").asText(),
                    number(c.path("value")),
                    number(c.path("score")),
                    c.path("weight").asDouble()));
        }
        List<String> failed = new ArrayList<>();
        root.path("failed_components").forEach(f -> failed.add(f.asText()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            metrics.put(entry.getKey(), number(entry.getValue()));
        }
        ModuleScore score = new ModuleScore(
                moduleId,
                overall,
                Grade.valueOf(root.path("grade").asText(Grade.of(overall).name())),
                passed,
                root.path("pass_mark").asDouble(Double.NaN),
                components,
                failed);
        return new StoredScore(score, metrics, computedAt);
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
